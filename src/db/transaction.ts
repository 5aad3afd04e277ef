import type { SqlConnection } from './engine';
import { type PassStep, statementsOf } from './pass-step';

/** Runs the queries as one step on the write connection: all of them or none (ROLLBACK on the first failure). */
export async function runInTransaction(
  engine: { readonly writer: SqlConnection },
  queries: readonly PassStep[],
): Promise<void> {
  const { writer } = engine;
  await writer.execute(['BEGIN TRANSACTION']);
  try {
    for await (const step of statementsOf(queries, (batches) => writer.query(batches.text, batches.params))) {
      await writer.query(step.text, step.params);
    }
    await writer.execute(['COMMIT']);
  } catch (error) {
    await writer.execute(['ROLLBACK']);
    throw error;
  }
}
