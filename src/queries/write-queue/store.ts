import type { ImportStage } from '@/ingest/progress';
import {
  EMPTY_QUEUE,
  nextEntry,
  type WriteAction,
  type WriteEntry,
  type WriteJob,
  type WriteOutcome,
  type WriteQueueState,
  writeQueueReducer,
} from './state';

/**
 * Carries one job out; rejects when `signal` aborts (then nothing has changed). An import that resolves
 * with `persisted: null` calls `onKept` once the browser's store has its rows (or has refused them).
 */
export type WriteRunner = (
  job: WriteJob,
  signal: AbortSignal,
  onProgress: (stage: ImportStage, fraction: number) => void,
  onKept: (persisted: boolean) => void,
) => Promise<WriteOutcome>;

export interface WriteQueue {
  getState(): WriteQueueState;
  subscribe(listener: () => void): () => void;
  /** Queues a job behind every earlier one; returns its entry's id. */
  enqueue(job: WriteJob): number;
  /** A queued job leaves the queue; the running one is aborted (only it). */
  cancel(id: number): void;
  /** Removes a finished entry's report. */
  dismiss(id: number): void;
}

/**
 * One queue for every change to the scores: jobs run one at a time, in the order asked for, each with
 * its own abort controller, so a Cancel can only ever reach the entry it belongs to.
 * `onFinished` hears each outcome (e.g. to refresh the screens after a change).
 */
export function createWriteQueue(
  run: WriteRunner,
  onFinished: (entry: WriteEntry, outcome: WriteOutcome) => void = () => undefined,
): WriteQueue {
  let state = EMPTY_QUEUE;
  let lastId = 0;
  const listeners = new Set<() => void>();
  const controllers = new Map<number, AbortController>();

  const dispatch = (action: WriteAction) => {
    const next = writeQueueReducer(state, action);
    if (next === state) return;
    state = next;
    for (const listener of [...listeners]) listener();
  };

  const finish = (entry: WriteEntry, outcome: WriteOutcome) => {
    controllers.delete(entry.id);
    dispatch({ type: 'finish', id: entry.id, outcome });
    onFinished(entry, outcome);
    pump();
  };

  function pump(): void {
    const entry = nextEntry(state);
    if (!entry) return;
    const abort = new AbortController();
    controllers.set(entry.id, abort);
    dispatch({ type: 'start', id: entry.id });
    // Started from a resolved promise: a runner that throws at once still ends as an outcome.
    Promise.resolve()
      .then(() =>
        run(
          entry.job,
          abort.signal,
          (stage, fraction) => {
            if (!abort.signal.aborted) dispatch({ type: 'progress', id: entry.id, stage, fraction });
          },
          (persisted) => dispatch({ type: 'kept', id: entry.id, persisted }),
        ),
      )
      .then(
        // A job that resolves did its work (e.g. committed just before Cancel landed): say so.
        (outcome) => finish(entry, outcome),
        (error: unknown) =>
          finish(
            entry,
            abort.signal.aborted
              ? { type: 'cancelled' }
              : { type: 'failed', message: error instanceof Error ? error.message : String(error) },
          ),
      );
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    enqueue(job) {
      lastId += 1;
      dispatch({ type: 'enqueue', id: lastId, job });
      pump();
      return lastId;
    },
    cancel(id) {
      dispatch({ type: 'cancel', id });
      controllers.get(id)?.abort();
    },
    dismiss(id) {
      dispatch({ type: 'dismiss', id });
    },
  };
}
