import type { Row, SqlEngine, SqlParam } from './engine';

let ready: Promise<SqlEngine> | null = null;

/** Starts the database once; later calls get the same promise (the app boots it, features use it). */
export function initDatabase(boot: () => Promise<SqlEngine>): Promise<SqlEngine> {
  ready ??= boot();
  return ready;
}

export function database(): Promise<SqlEngine> {
  if (!ready) return Promise.reject(new Error('The database has not been started'));
  return ready;
}

/** Runs one query once the bundled data is loaded: the entry point of every feature's queryFn. */
export async function run(query: {
  readonly text: string;
  readonly params: readonly SqlParam[];
}): Promise<Row[]> {
  const engine = await database();
  return engine.query(query.text, query.params);
}

/** For tests: forget the started database. */
export function resetDatabaseForTests(): void {
  ready = null;
}
