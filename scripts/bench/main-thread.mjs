// Longest main-thread task, read from a Chromium trace. The Long Tasks API is not enough: it does not
// report some tasks (a Blob read's continuation, for one), which is exactly where an import works.
const CATEGORIES = ['toplevel', 'blink.user_timing'];
const RUN_TASK = 'ThreadControllerImpl::RunTask';

/** Runs `work` while tracing the page; resolves to { result, events }. */
export async function withTrace(page, work) {
  const browser = page.context().browser();
  await browser.startTracing(page, { categories: CATEGORIES });
  let result;
  try {
    result = await work();
  } finally {
    const buffer = await browser.stopTracing();
    result = { result, events: JSON.parse(buffer.toString('utf8')).traceEvents ?? [] };
  }
  return result;
}

// A run loop may nest tasks (always so in single-process Chromium): only innermost tasks are counted,
// otherwise two back-to-back tasks would read as one long one.
function innermost(tasks) {
  const sorted = [...tasks].sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  return sorted.filter((task, i) => {
    for (let j = i + 1; j < sorted.length && sorted[j].ts < task.ts + task.dur; j += 1) {
      if (sorted[j].dur < task.dur) return false;
    }
    return true;
  });
}

/**
 * Longest task (ms) on the thread that set `startMark`, overlapping the span between the two marks;
 * null when the marks are not in the trace.
 */
export function longestTaskBetween(events, startMark, endMark) {
  const start = events.find((event) => event.name === startMark);
  const end = events.find((event) => event.name === endMark);
  if (!start || !end) return null;
  const tasks = events.filter(
    (event) =>
      event.name === RUN_TASK &&
      event.ph === 'X' &&
      event.pid === start.pid &&
      event.tid === start.tid &&
      event.ts + event.dur >= start.ts &&
      event.ts <= end.ts,
  );
  return Math.max(0, ...innermost(tasks).map((task) => task.dur / 1000));
}
