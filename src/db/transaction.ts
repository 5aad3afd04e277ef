import type { SqlEngine, SqlParam } from './engine';

/** Runs the queries as one step: all of them or none (ROLLBACK on the first failure). */
export async function runInTransaction(
  engine: SqlEngine,
  queries: readonly { readonly text: string; readonly params: readonly SqlParam[] }[],
): Promise<void> {
  await engine.execute(['BEGIN TRANSACTION']);
  try {
    for (const step of queries) await engine.query(step.text, step.params);
    await engine.execute(['COMMIT']);
  } catch (error) {
    await engine.execute(['ROLLBACK']);
    throw error;
  }
}
