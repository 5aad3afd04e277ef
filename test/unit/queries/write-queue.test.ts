import { describe, expect, it } from 'vitest';
import {
  EMPTY_QUEUE,
  isBusy,
  nextEntry,
  pendingRemoval,
  runningEntry,
  type WriteAction,
  type WriteJob,
  type WriteOutcome,
  writeQueueReducer,
} from '@/queries/write-queue/state';
import { createWriteQueue, type WriteRunner } from '@/queries/write-queue/store';

const file = (name: string) => new File(['index,year\n'], name, { type: 'text/csv' });
const importJob = (name: string): WriteJob => ({ kind: 'import', file: file(name) });
const removeJob = (datasetId: string): WriteJob => ({ kind: 'remove', datasetId, label: datasetId });
const accepted: WriteOutcome = {
  type: 'imported',
  persisted: true,
  result: {
    ok: true,
    datasetId: 'imp_a',
    rowCount: 3,
    skippedDuplicateRows: 0,
    warnings: [],
    indices: ['PAPI'],
    years: [2023],
  },
};

const reduce = (...actions: WriteAction[]) => actions.reduce(writeQueueReducer, EMPTY_QUEUE);

describe('the write queue reducer', () => {
  it('keeps one entry per job, in order, each queued until started', () => {
    const state = reduce(
      { type: 'enqueue', id: 1, job: importJob('a.csv') },
      { type: 'enqueue', id: 2, job: importJob('b.csv') },
    );
    expect(state.entries.map((entry) => [entry.id, entry.phase])).toEqual([
      [1, 'queued'],
      [2, 'queued'],
    ]);
    expect(nextEntry(state)?.id).toBe(1);
    expect(runningEntry(state)).toBeUndefined();
  });

  it('starts nothing else while one runs, then the next in order', () => {
    const running = reduce(
      { type: 'enqueue', id: 1, job: importJob('a.csv') },
      { type: 'enqueue', id: 2, job: removeJob('imp_x') },
      { type: 'start', id: 1 },
    );
    expect(runningEntry(running)?.id).toBe(1);
    expect(nextEntry(running)).toBeUndefined();
    const after = writeQueueReducer(running, { type: 'finish', id: 1, outcome: accepted });
    expect(nextEntry(after)?.id).toBe(2);
    expect(writeQueueReducer(after, { type: 'start', id: 2 }).entries[1]?.phase).toBe('removing');
  });

  it('moves through reading → checking → saving with progress that never runs backwards', () => {
    let state = reduce({ type: 'enqueue', id: 1, job: importJob('a.csv') }, { type: 'start', id: 1 });
    const seen: [string, number][] = [];
    for (const [stage, fraction] of [
      ['reading', 0.5],
      ['reading', 1],
      ['checking', 0],
      ['reading', 0.2],
      ['saving', 0.1],
      ['checking', 0.9],
    ] as const) {
      state = writeQueueReducer(state, { type: 'progress', id: 1, stage, fraction });
      const entry = state.entries[0];
      if (entry) seen.push([entry.phase, entry.progress]);
    }
    expect(seen.map(([phase]) => phase)).toEqual([
      'reading',
      'reading',
      'checking',
      'checking',
      'saving',
      'saving',
    ]);
    const progress = seen.map(([, value]) => value);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress[0]).toBeGreaterThan(0);
  });

  it('drops a queued entry on cancel, and only marks the running one', () => {
    const state = reduce(
      { type: 'enqueue', id: 1, job: importJob('a.csv') },
      { type: 'enqueue', id: 2, job: importJob('b.csv') },
      { type: 'start', id: 1 },
      { type: 'cancel', id: 2 },
      { type: 'cancel', id: 1 },
    );
    expect(state.entries.map((entry) => [entry.id, entry.phase, entry.cancelling])).toEqual([
      [1, 'reading', true],
    ]);
  });

  it('keeps a report until it is dismissed, and never dismisses a job that has not finished', () => {
    const done = reduce(
      { type: 'enqueue', id: 1, job: importJob('a.csv') },
      { type: 'enqueue', id: 2, job: importJob('b.csv') },
      { type: 'start', id: 1 },
      { type: 'finish', id: 1, outcome: accepted },
      { type: 'dismiss', id: 2 },
    );
    expect(done.entries.map((entry) => entry.id)).toEqual([1, 2]);
    expect(done.entries[0]?.outcome).toEqual(accepted);
    expect(writeQueueReducer(done, { type: 'dismiss', id: 1 }).entries.map((entry) => entry.id)).toEqual([2]);
  });

  it('reports an import once committed, then whether the browser kept it, and only that', () => {
    const saving: WriteOutcome = { ...accepted, persisted: null };
    const reported = reduce(
      { type: 'enqueue', id: 1, job: importJob('a.csv') },
      { type: 'start', id: 1 },
      { type: 'finish', id: 1, outcome: saving },
    );
    expect(reported.entries[0]?.outcome).toEqual(saving);
    const refused = writeQueueReducer(reported, { type: 'kept', id: 1, persisted: false });
    expect(refused.entries[0]?.outcome).toEqual({ ...accepted, persisted: false });
    // A later word never overturns the first, and a report already known is left alone.
    expect(writeQueueReducer(refused, { type: 'kept', id: 1, persisted: true }).entries[0]?.outcome).toEqual(
      refused.entries[0]?.outcome,
    );
    const known = reduce(
      { type: 'enqueue', id: 1, job: importJob('a.csv') },
      { type: 'start', id: 1 },
      { type: 'finish', id: 1, outcome: accepted },
    );
    expect(writeQueueReducer(known, { type: 'kept', id: 1, persisted: false }).entries[0]?.outcome).toEqual(
      accepted,
    );
  });

  it('tells whether a removal of a dataset is pending, and whether anything is busy', () => {
    const state = reduce(
      { type: 'enqueue', id: 1, job: importJob('a.csv') },
      { type: 'enqueue', id: 2, job: removeJob('imp_x') },
      { type: 'start', id: 1 },
    );
    expect(pendingRemoval(state, 'imp_x')?.phase).toBe('queued');
    expect(pendingRemoval(state, 'imp_y')).toBeUndefined();
    expect(isBusy(state)).toBe(true);
    const idle = reduce(
      { type: 'enqueue', id: 1, job: importJob('a.csv') },
      { type: 'start', id: 1 },
      {
        type: 'finish',
        id: 1,
        outcome: { type: 'cancelled' },
      },
    );
    expect(isBusy(idle)).toBe(false);
  });
});

/** A runner whose jobs finish when the test says so, recording the order they started in. */
function controlledRunner() {
  const started: string[] = [];
  const pending = new Map<string, { resolve: (outcome: WriteOutcome) => void; signal: AbortSignal }>();
  const run: WriteRunner = (job, signal, onProgress) => {
    const name = job.kind === 'import' ? job.file.name : `remove:${job.datasetId}`;
    started.push(name);
    onProgress('reading', 0.5);
    return new Promise((resolve, reject) => {
      pending.set(name, { resolve, signal });
      signal.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
    });
  };
  return { run, started, pending };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the write queue store', () => {
  it('runs jobs one at a time in order, and reports each', async () => {
    const runner = controlledRunner();
    const finished: number[] = [];
    const queue = createWriteQueue(runner.run, (entry) => finished.push(entry.id));
    const a = queue.enqueue(importJob('a.csv'));
    const b = queue.enqueue(importJob('b.csv'));
    const r = queue.enqueue(removeJob('imp_x'));
    await settle();
    expect(runner.started).toEqual(['a.csv']);
    expect(queue.getState().entries.map((entry) => entry.phase)).toEqual(['reading', 'queued', 'queued']);
    runner.pending.get('a.csv')?.resolve(accepted);
    await settle();
    expect(runner.started).toEqual(['a.csv', 'b.csv']);
    runner.pending.get('b.csv')?.resolve(accepted);
    await settle();
    runner.pending.get('remove:imp_x')?.resolve({ type: 'removed' });
    await settle();
    expect(runner.started).toEqual(['a.csv', 'b.csv', 'remove:imp_x']);
    expect(finished).toEqual([a, b, r]);
    expect(queue.getState().entries.map((entry) => entry.outcome?.type)).toEqual([
      'imported',
      'imported',
      'removed',
    ]);
  });

  it('starts the next job on the report of a commit, and updates that report once the rows are kept', async () => {
    let keep: (persisted: boolean) => void = () => undefined;
    const started: string[] = [];
    const queue = createWriteQueue(async (job, _signal, _onProgress, onKept) => {
      started.push(job.kind);
      if (job.kind === 'remove') return { type: 'removed' };
      keep = onKept;
      return { ...accepted, persisted: null };
    });
    queue.enqueue(importJob('a.csv'));
    queue.enqueue(removeJob('imp_a'));
    await settle();
    expect(started).toEqual(['import', 'remove']);
    expect(queue.getState().entries[0]?.outcome).toEqual({ ...accepted, persisted: null });
    keep(true);
    expect(queue.getState().entries[0]?.outcome).toEqual(accepted);
  });

  it('cancelling a queued entry removes it and leaves the running one alone', async () => {
    const runner = controlledRunner();
    const queue = createWriteQueue(runner.run);
    const a = queue.enqueue(importJob('a.csv'));
    const b = queue.enqueue(importJob('b.csv'));
    await settle();
    queue.cancel(b);
    expect(runner.pending.get('a.csv')?.signal.aborted).toBe(false);
    runner.pending.get('a.csv')?.resolve(accepted);
    await settle();
    expect(runner.started).toEqual(['a.csv']);
    expect(queue.getState().entries.map((entry) => [entry.id, entry.outcome?.type])).toEqual([
      [a, 'imported'],
    ]);
  });

  it('cancelling the running entry aborts only it; the next one then runs', async () => {
    const runner = controlledRunner();
    const queue = createWriteQueue(runner.run);
    const a = queue.enqueue(importJob('a.csv'));
    const b = queue.enqueue(importJob('b.csv'));
    await settle();
    queue.cancel(a);
    await settle();
    expect(runner.pending.get('a.csv')?.signal.aborted).toBe(true);
    expect(runner.started).toEqual(['a.csv', 'b.csv']);
    expect(runner.pending.get('b.csv')?.signal.aborted).toBe(false);
    runner.pending.get('b.csv')?.resolve(accepted);
    await settle();
    expect(queue.getState().entries.map((entry) => [entry.id, entry.outcome?.type])).toEqual([
      [a, 'cancelled'],
      [b, 'imported'],
    ]);
  });

  it('turns a failing job into a report and goes on with the next', async () => {
    const started: string[] = [];
    const queue = createWriteQueue(async (job) => {
      started.push(job.kind);
      if (job.kind === 'remove') throw new Error('disk full');
      return accepted;
    });
    queue.enqueue(removeJob('imp_x'));
    queue.enqueue(importJob('a.csv'));
    await settle();
    await settle();
    expect(started).toEqual(['remove', 'import']);
    expect(queue.getState().entries.map((entry) => entry.outcome)).toEqual([
      { type: 'failed', message: 'disk full' },
      accepted,
    ]);
  });

  it('tells its listeners of every change', async () => {
    const runner = controlledRunner();
    const queue = createWriteQueue(runner.run);
    let calls = 0;
    const stop = queue.subscribe(() => {
      calls += 1;
    });
    queue.enqueue(importJob('a.csv'));
    expect(calls).toBeGreaterThan(0);
    stop();
    const before = calls;
    queue.enqueue(importJob('b.csv'));
    expect(calls).toBe(before);
  });
});
