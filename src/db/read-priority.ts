/**
 * The screens' reads go before the derived passes that follow a change of the scores. DuckDB-WASM
 * runs one statement at a time in its worker, so a read asked while a pass's statement runs waits for
 * it; a pass after an import therefore starts each statement only once no read has been in flight
 * for a moment, and the screen that the user looks at is answered first.
 */
let inFlight = 0;
let lastReadEnd = Number.NEGATIVE_INFINITY;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs one read, counted as in flight until it settles. */
export async function asRead<T>(work: () => Promise<T>): Promise<T> {
  inFlight += 1;
  try {
    return await work();
  } finally {
    inFlight -= 1;
    lastReadEnd = performance.now();
  }
}

/** Resolves once no read is in flight and none has ended for `quietMs` (at once when 0). */
export async function readsQuiet(quietMs: number): Promise<void> {
  if (quietMs <= 0) return;
  for (;;) {
    const since = performance.now() - lastReadEnd;
    if (inFlight === 0 && since >= quietMs) return;
    await sleep(inFlight === 0 ? quietMs - since : quietMs);
  }
}
