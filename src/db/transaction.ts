import type { SqlConnection, SqlParam } from './engine';

/** Runs the queries as one step on the write connection: all of them or none (ROLLBACK on the first failure). */
export async function runInTransaction(
  engine: { readonly writer: SqlConnection },
  queries: readonly { readonly text: string; readonly params: readonly SqlParam[] }[],
): Promise<void> {
  await engine.writer.execute(['BEGIN TRANSACTION']);
  try {
    for (const step of queries) await engine.writer.query(step.text, step.params);
    await engine.writer.execute(['COMMIT']);
  } catch (error) {
    await engine.writer.execute(['ROLLBACK']);
    throw error;
  }
}
