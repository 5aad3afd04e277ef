// After an import: the trends screen of a unit that only the imported file holds, until it shows that
// unit's figures (its year-over-year table has rows, a chart is drawn, nothing is still loading), as
// a user following a link to that unit's trends sees them.
const SHOWN_TIMEOUT_MS = 300_000;

/** The first unit of each generator's files (both write index PAR). */
export function firstUnitOf(generator) {
  return generator === 'scripts/gen-long-csv.mjs' ? 'U000000' : 'u00001';
}

/**
 * What the screen shows now: drawn (the unit's figures), an alert, or still waiting (false then, when
 * `falseWhileWaiting`, for waitForFunction). Runs in the page, which allows no eval (CSP).
 */
function screenState({ unit, falseWhileWaiting }) {
  const main = document.querySelector('main');
  const trends = main?.querySelector('.trends');
  const alert = main?.querySelector('[role="alert"]');
  if (alert) return { state: 'alert', text: alert.textContent?.trim().slice(0, 120) ?? '' };
  // Still the asked unit: a unit the screen did not know would have been dropped from the address.
  const asked = new URLSearchParams(location.hash.split('?')[1] ?? '').get('unit') === unit;
  const busy = main?.querySelector('[aria-busy="true"]') !== null;
  const drawn =
    asked && !busy && trends?.querySelector('tr[data-component]') && trends.querySelector('svg[data-chart]');
  if (drawn) {
    if (performance.getEntriesByName('bench:trends-shown').length === 0) {
      performance.mark('bench:trends-shown');
    }
    return { state: 'drawn', text: '' };
  }
  if (falseWhileWaiting) return false;
  return { state: 'waiting', text: `${asked ? '' : 'unit left the address; '}${busy ? 'busy' : 'idle'}` };
}

/**
 * Page-clock time at which the trends screen showed `unit` (null when it never did), and what the
 * screen showed instead.
 */
export async function waitForImportedTrends(page, appUrl, unit) {
  // Same document: only the hash changes, as when the user follows a link to the trends screen.
  await page.goto(new URL(`#/trends?index=PAR&unit=${unit}&lang=vi`, appUrl).href);
  const outcome = await page
    .waitForFunction(
      screenState,
      { unit, falseWhileWaiting: true },
      { timeout: SHOWN_TIMEOUT_MS, polling: 50 },
    )
    .then((handle) => handle.jsonValue())
    .catch(() => null);
  if (outcome?.state === 'drawn') {
    const shownAt = await page.evaluate(
      () => performance.getEntriesByName('bench:trends-shown')[0]?.startTime ?? null,
    );
    return { shownAt, note: '' };
  }
  if (outcome?.state === 'alert') return { shownAt: null, note: `alert: ${outcome.text}` };
  const last = await page.evaluate(screenState, { unit, falseWhileWaiting: false });
  const empty = await page.locator('.trends').filter({ hasText: 'Không có số liệu' }).count();
  return {
    shownAt: null,
    note: `the trends screen never showed the unit within ${SHOWN_TIMEOUT_MS / 1000} s (${last.text}${empty ? '; says no data' : ''})`,
  };
}
