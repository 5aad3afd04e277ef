/**
 * The screens' reads go before the derived passes that follow a change of the scores. DuckDB-WASM
 * runs one statement at a time in its worker, so a read asked while a pass's statement runs waits for
 * it; a pass after an import therefore starts each statement only once no read has been in flight
 * for a moment, and the screen that the user looks at is answered first.
 *
 * Among the reads, the screen shown now goes first: only a few are sent to the worker at a time, and
 * the next one sent is of the latest view (see `viewChanged`). After an import the screen it was
 * picked on reads everything again; when the user then opens another screen, its reads are sent
 * before those of the screen left behind, instead of queueing in the worker behind all of them.
 */
let inFlight = 0;
let lastReadEnd = Number.NEGATIVE_INFINITY;

/** Reads sent to the worker at once: one running and one queued there, so the worker never idles. */
const MAX_SENT = 2;
let sent = 0;
let view = 0;
interface Waiting {
  readonly view: number;
  readonly send: () => void;
}
const waiting: Waiting[] = [];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The user opened another view: reads asked from now on go before those asked until now. */
export function viewChanged(): void {
  view += 1;
}

/** Sends waiting reads while there is room: the latest view's first, in the order asked within one. */
function sendNext(): void {
  while (sent < MAX_SENT && waiting.length > 0) {
    let next = 0;
    for (let index = 1; index < waiting.length; index += 1) {
      if ((waiting[index]?.view ?? 0) > (waiting[next]?.view ?? 0)) next = index;
    }
    const [entry] = waiting.splice(next, 1);
    sent += 1;
    entry?.send();
  }
}

/** Runs one read, counted as in flight until it settles; sent once its turn comes. */
export async function asRead<T>(work: () => Promise<T>): Promise<T> {
  inFlight += 1;
  try {
    await new Promise<void>((send) => {
      waiting.push({ view, send });
      sendNext();
    });
    try {
      return await work();
    } finally {
      sent -= 1;
      sendNext();
    }
  } finally {
    inFlight -= 1;
    lastReadEnd = performance.now();
  }
}

/**
 * Resolves once no read is in flight and none has ended for `quietMs` (at once when 0); with
 * `fromNow`, not before `quietMs` from now either, so reads about to be asked are waited for too.
 */
export async function readsQuiet(quietMs: number, fromNow = false): Promise<void> {
  if (quietMs <= 0) return;
  const asked = fromNow ? performance.now() : Number.NEGATIVE_INFINITY;
  for (;;) {
    const since = performance.now() - Math.max(lastReadEnd, asked);
    if (inFlight === 0 && since >= quietMs) return;
    await sleep(inFlight === 0 ? quietMs - since : quietMs);
  }
}
