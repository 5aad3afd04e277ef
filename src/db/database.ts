import type { Row, SqlEngine, SqlParam } from './engine';

type QueryLike = { readonly text: string; readonly params: readonly SqlParam[] };

let ready: Promise<SqlEngine> | null = null;
/** Derived tables (ranks, deltas) are rebuilt after every change of the scores. */
let derived: Promise<void> = Promise.resolve();

/** Starts the database once; later calls get the same promise (the app boots it, features use it). */
export function initDatabase(boot: () => Promise<SqlEngine>): Promise<SqlEngine> {
  ready ??= boot();
  return ready;
}

export function database(): Promise<SqlEngine> {
  if (!ready) return Promise.reject(new Error('The database has not been started'));
  return ready;
}

let derivedSteps: () => readonly QueryLike[] = () => [];

/** Says how the derived tables are built (the app does, at start). */
export function configureDerivedTables(steps: () => readonly QueryLike[]): void {
  derivedSteps = steps;
}

/** Rebuilds the derived tables after the scores changed; analytic queries wait for it. */
export function refreshDerived(): Promise<void> {
  const previous = derived;
  derived = (async () => {
    await previous.catch(() => undefined);
    const engine = await database();
    for (const step of derivedSteps()) await engine.query(step.text, step.params);
  })();
  return derived;
}

/** Runs one query over the loaded scores (the entry point of most features' queryFn). */
export async function run(query: QueryLike): Promise<Row[]> {
  const engine = await database();
  return engine.query(query.text, query.params);
}

/** Runs one query that reads the derived tables, once they are rebuilt. */
export async function runAnalytics(query: QueryLike): Promise<Row[]> {
  const engine = await database();
  await derived;
  return engine.query(query.text, query.params);
}
