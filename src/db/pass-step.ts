import type { Row, SqlParam } from './engine';
import { checkRows, type RowQuery } from './rows';

export type QueryLike = { readonly text: string; readonly params: readonly SqlParam[] };

/**
 * Statements run one per row of `batches` (read inside the pass's transaction): a derived table over
 * millions of rows is filled part by part, so no statement needs the memory of all of them at once,
 * and a screen's read waits at most for one part.
 */
export interface BatchedStep {
  readonly batches: QueryLike;
  /** The statements of each batch `batches` read, in order (see `batchedStep`). */
  readonly each: (batches: readonly Row[]) => readonly (readonly QueryLike[])[];
}

/** A batched step whose batches are read as a declared row, checked once before any statement is made. */
export function batchedStep<TBatch>(
  batches: RowQuery<TBatch>,
  each: (batch: TBatch) => readonly QueryLike[],
): BatchedStep {
  return { batches, each: (rows) => checkRows(batches, rows).map(each) };
}

/** One step of a derived pass. */
export type PassStep = QueryLike | BatchedStep;

/** The statements of a pass in order, the batches of a batched step read when it is reached. */
export async function* statementsOf(
  steps: readonly PassStep[],
  read: (query: QueryLike) => Promise<readonly Row[]>,
): AsyncGenerator<QueryLike> {
  for (const step of steps) {
    if (!('batches' in step)) {
      yield step;
      continue;
    }
    for (const statements of step.each(await read(step.batches))) yield* statements;
  }
}
