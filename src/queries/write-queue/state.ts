import type { ImportStage } from '@/ingest/progress';
import { overallProgress } from '@/ingest/progress';
import type { ImportResult, WideAnswer } from '@/ingest/types';

/** A change to the loaded scores, waiting its turn: an import of one file, or a removal of one dataset. */
export type WriteJob =
  | { readonly kind: 'import'; readonly file: File; readonly wide?: WideAnswer }
  | { readonly kind: 'remove'; readonly datasetId: string; readonly label: string };

/**
 * How a job ended; the report shown until the user dismisses it. An accepted import is reported once
 * committed; `persisted` is null while its rows are still being written to the browser's store.
 */
export type WriteOutcome =
  | { readonly type: 'imported'; readonly result: ImportResult; readonly persisted: boolean | null }
  | { readonly type: 'removed' }
  | { readonly type: 'cancelled' }
  | { readonly type: 'failed'; readonly message: string };

export type EntryPhase = 'queued' | ImportStage | 'removing' | 'done';

export interface WriteEntry {
  readonly id: number;
  readonly job: WriteJob;
  readonly phase: EntryPhase;
  /** The whole job's progress, 0–1; it only ever grows. */
  readonly progress: number;
  /** Cancel was pressed while it ran: the abort is on its way. */
  readonly cancelling: boolean;
  readonly outcome?: WriteOutcome;
}

export interface WriteQueueState {
  /** In the order asked for: finished entries stay (as reports) until dismissed. */
  readonly entries: readonly WriteEntry[];
}

export type WriteAction =
  | { readonly type: 'enqueue'; readonly id: number; readonly job: WriteJob }
  | { readonly type: 'start'; readonly id: number }
  | { readonly type: 'progress'; readonly id: number; readonly stage: ImportStage; readonly fraction: number }
  | { readonly type: 'cancel'; readonly id: number }
  | { readonly type: 'finish'; readonly id: number; readonly outcome: WriteOutcome }
  | { readonly type: 'kept'; readonly id: number; readonly persisted: boolean }
  | { readonly type: 'dismiss'; readonly id: number };

export const EMPTY_QUEUE: WriteQueueState = { entries: [] };

const STAGE_ORDER: readonly EntryPhase[] = ['queued', 'reading', 'checking', 'saving'];

const isActive = (entry: WriteEntry) => entry.phase !== 'queued' && entry.phase !== 'done';

function update(
  state: WriteQueueState,
  id: number,
  change: (entry: WriteEntry) => WriteEntry | null,
): WriteQueueState {
  const entries = state.entries.flatMap((entry) => {
    if (entry.id !== id) return [entry];
    const next = change(entry);
    return next ? [next] : [];
  });
  return { entries };
}

/** Later stages never give way to earlier ones, whatever order the reports arrive in. */
function laterPhase(current: EntryPhase, stage: ImportStage): EntryPhase {
  return STAGE_ORDER.indexOf(stage) > STAGE_ORDER.indexOf(current) ? stage : current;
}

export function writeQueueReducer(state: WriteQueueState, action: WriteAction): WriteQueueState {
  switch (action.type) {
    case 'enqueue':
      if (state.entries.some((entry) => entry.id === action.id)) return state;
      return {
        entries: [
          ...state.entries,
          { id: action.id, job: action.job, phase: 'queued', progress: 0, cancelling: false },
        ],
      };
    case 'start':
      return update(state, action.id, (entry) =>
        entry.phase === 'queued'
          ? { ...entry, phase: entry.job.kind === 'import' ? 'reading' : 'removing' }
          : entry,
      );
    case 'progress':
      return update(state, action.id, (entry) =>
        isActive(entry) && entry.job.kind === 'import'
          ? {
              ...entry,
              phase: laterPhase(entry.phase, action.stage),
              progress: Math.max(entry.progress, overallProgress(action.stage, action.fraction)),
            }
          : entry,
      );
    case 'cancel':
      // A queued entry simply leaves the queue; a running one is marked while its abort lands.
      return update(state, action.id, (entry) => {
        if (entry.phase === 'queued') return null;
        return isActive(entry) ? { ...entry, cancelling: true } : entry;
      });
    case 'finish':
      return update(state, action.id, (entry) =>
        entry.phase === 'done'
          ? entry
          : { ...entry, phase: 'done', cancelling: false, outcome: action.outcome },
      );
    case 'kept':
      return update(state, action.id, (entry) =>
        entry.outcome?.type === 'imported' && entry.outcome.persisted === null
          ? { ...entry, outcome: { ...entry.outcome, persisted: action.persisted } }
          : entry,
      );
    case 'dismiss':
      return update(state, action.id, (entry) => (entry.phase === 'done' ? null : entry));
  }
}

/** The job that runs now, if any. */
export function runningEntry(state: WriteQueueState): WriteEntry | undefined {
  return state.entries.find(isActive);
}

/** The job to start next: the first queued one, once nothing runs. */
export function nextEntry(state: WriteQueueState): WriteEntry | undefined {
  if (runningEntry(state)) return undefined;
  return state.entries.find((entry) => entry.phase === 'queued');
}

/** True while any import or removal waits or runs. */
export function isBusy(state: WriteQueueState): boolean {
  return state.entries.some((entry) => entry.phase !== 'done');
}

/** The removal of this dataset that waits or runs, if one was asked for. */
export function pendingRemoval(state: WriteQueueState, datasetId: string): WriteEntry | undefined {
  return state.entries.find(
    (entry) => entry.phase !== 'done' && entry.job.kind === 'remove' && entry.job.datasetId === datasetId,
  );
}
