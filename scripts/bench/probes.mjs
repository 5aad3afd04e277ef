// Runs inside the page before its own scripts (as a Playwright init script), so nothing is missed.
export function installProbes() {
  // Capture phase on window runs before any handler of the page: the import clock starts when the
  // file is handed over, exactly as for a user. A mark (not a variable) so that it also shows in traces.
  const markStart = (event) => {
    const isFile = event.target instanceof HTMLInputElement && event.target.type === 'file';
    if (isFile && performance.getEntriesByName('bench:import-start').length === 0) {
      performance.mark('bench:import-start');
    }
  };
  window.addEventListener('input', markStart, true);
  window.addEventListener('change', markStart, true);
  // Layout shifts of the whole load (the snapshot's hand-over to the live engine included).
  window.__benchLayoutShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.hadRecentInput) window.__benchLayoutShift += entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** The page's cumulative layout shift so far (only what the probes observed). */
export function readLayoutShift(page) {
  return page.evaluate(() => window.__benchLayoutShift ?? null);
}

/** Start time of a performance mark, or null while it has not been set. */
export function readMark(page, name) {
  return page.evaluate((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? null, name);
}

/** Resolves to whichever of `names` is set first. */
export async function waitForAnyMark(page, names, timeout) {
  const handle = await page.waitForFunction(
    (marks) => marks.find((mark) => performance.getEntriesByName(mark).length > 0),
    names,
    { timeout, polling: 50 },
  );
  return handle.jsonValue();
}

export function waitForMark(page, name, timeout) {
  return page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, name, {
    timeout,
    polling: 50,
  });
}
