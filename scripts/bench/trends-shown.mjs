// After an import: the trends screen of a unit that only the imported file holds, until it shows that
// unit's figures (its year-over-year table has rows, a chart is drawn, nothing is still loading).
const SHOWN_TIMEOUT_MS = 300_000;

/** The first unit of each generator's files (both write index PAR). */
export function firstUnitOf(generator) {
  return generator === 'scripts/gen-long-csv.mjs' ? 'U000000' : 'u00001';
}

/** Page-clock time at which the trends screen showed `unit`, or null when it never did. */
export async function waitForImportedTrends(page, appUrl, unit) {
  // Same document: only the hash changes, as when the user follows a link to the trends screen.
  await page.goto(new URL(`#/trends?index=PAR&unit=${unit}&lang=vi`, appUrl).href);
  const shown = await page
    .waitForFunction(
      () => {
        const main = document.querySelector('main');
        if (main?.querySelector('[role="alert"]')) return true;
        const drawn =
          main?.querySelector('.trends tr[data-component]') &&
          main.querySelector('.trends svg[data-chart]') &&
          main.querySelector('[aria-busy="true"]') === null;
        if (drawn && performance.getEntriesByName('bench:trends-shown').length === 0) {
          performance.mark('bench:trends-shown');
        }
        return Boolean(drawn);
      },
      undefined,
      { timeout: SHOWN_TIMEOUT_MS, polling: 50 },
    )
    .then(() => true)
    .catch(() => false);
  if (!shown) return null;
  return page.evaluate(() => performance.getEntriesByName('bench:trends-shown')[0]?.startTime ?? null);
}
