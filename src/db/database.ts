import type { Row, SqlEngine, SqlParam } from './engine';

type QueryLike = { readonly text: string; readonly params: readonly SqlParam[] };

/** How the derived tables are built: a quick narrow pass (what the first screen needs), then all. */
export interface DerivedTables {
  readonly quick: () => readonly QueryLike[];
  readonly full: () => readonly QueryLike[];
}

/** What an analytic query needs from the derived tables. */
export type DerivedNeed = 'quick' | 'full';

let ready: Promise<SqlEngine> | null = null;
let derivedTables: DerivedTables = { quick: () => [], full: () => [] };
let quickReady: Promise<void> = Promise.resolve();
let fullReady: Promise<void> = Promise.resolve();

/** Starts the database once; later calls get the same promise (the app boots it, features use it). */
export function initDatabase(boot: () => Promise<SqlEngine>): Promise<SqlEngine> {
  ready ??= boot();
  return ready;
}

export function database(): Promise<SqlEngine> {
  if (!ready) return Promise.reject(new Error('The database has not been started'));
  return ready;
}

export function configureDerivedTables(tables: DerivedTables): void {
  derivedTables = tables;
}

async function runSteps(steps: readonly QueryLike[]): Promise<void> {
  const engine = await database();
  for (const step of steps) await engine.query(step.text, step.params);
}

/**
 * Rebuilds the derived tables after the scores changed. The quick pass runs once `startQuick` resolves,
 * the full one after `startFull` (at start-up: once the first screen is drawn, so that its queries do
 * not queue behind it in DuckDB's single worker). Analytic queries wait for the pass they need.
 */
export function refreshDerived(
  startFull: Promise<unknown> = Promise.resolve(),
  startQuick: Promise<unknown> = Promise.resolve(),
): Promise<void> {
  const previous = fullReady.catch(() => undefined);
  quickReady = Promise.all([previous, startQuick]).then(() => runSteps(derivedTables.quick()));
  fullReady = quickReady
    .then(() => startFull)
    .then(() => runSteps(derivedTables.full()))
    .then(() => {
      performance.mark('app:derived-ready');
    });
  return fullReady;
}

/** Runs one query over the loaded scores (the entry point of most features' queryFn). */
export async function run(query: QueryLike): Promise<Row[]> {
  const engine = await database();
  return engine.query(query.text, query.params);
}

/** Runs one query that reads the derived tables, once the pass it needs is built. */
export async function runAnalytics(query: QueryLike, need: DerivedNeed = 'full'): Promise<Row[]> {
  const engine = await database();
  await (need === 'quick' ? quickReady : fullReady);
  return engine.query(query.text, query.params);
}
