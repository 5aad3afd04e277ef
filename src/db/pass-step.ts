import type { Row, SqlParam } from './engine';

export type QueryLike = { readonly text: string; readonly params: readonly SqlParam[] };

/**
 * Statements run one per row of `batches` (read inside the pass's transaction): a derived table over
 * millions of rows is filled part by part, so no statement needs the memory of all of them at once,
 * and a screen's read waits at most for one part.
 */
export interface BatchedStep {
  readonly batches: QueryLike;
  readonly each: (batch: Row) => readonly QueryLike[];
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
    for (const batch of await read(step.batches)) yield* step.each(batch);
  }
}
