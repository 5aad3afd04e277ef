import type { Row, SqlEngine, SqlParam } from './engine';

type QueryLike = { readonly text: string; readonly params: readonly SqlParam[] };

/**
 * How the derived tables are brought up to date: a quick narrow pass (what the first screen needs),
 * then all. Each pass's steps run as one transaction on the writer.
 */
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

/** Counts refreshes asked for: a pass of an older one stops at its next step. */
let generation = 0;
/** The steps of the latest refresh: the next one starts once they have run or stopped. */
let running: Promise<unknown> = Promise.resolve();
/** Tells the latest refresh, while it waits to start its full pass, that a newer one was asked for. */
let supersede: () => void = () => undefined;
let pauses = 0;
const resumers: (() => void)[] = [];

function unpaused(): Promise<void> {
  return pauses === 0 ? Promise.resolve() : new Promise((resolve) => resumers.push(resolve));
}

/** The pass whose transaction may be open on the writer: a change waits until it has stopped. */
let inPass: Promise<unknown> = Promise.resolve();

/** The write that runs now (or last ran): the next one starts once it has settled. */
let writes: Promise<unknown> = Promise.resolve();

/**
 * Runs `task` alone on the write connection: writes outside the derived passes (imports, removals,
 * lineage, the start-up fill of the reference tables) each wait for the one before, so none runs inside
 * another's transaction, where a failed statement would abort both. Never nest one inside another.
 */
export function exclusiveWrite<T>(task: () => Promise<T>): Promise<T> {
  const result = writes.then(task);
  writes = result.catch(() => undefined);
  return result;
}

/**
 * Runs `task`, which changes the scores (an import, a removal), with the derived passes held: a pass
 * under way rolls back at its next step (both write on the write connection, and its transaction must
 * not be open when the task begins its own), and none starts until the task is done. The task then has
 * DuckDB's single worker to itself. When `changed(result)`, a refresh is asked for before the hold
 * ends, so the held pass is dropped instead of finishing for nothing. Analytic queries asked afterwards
 * wait for that refresh by themselves.
 */
export async function changeScores<T>(
  task: () => Promise<T>,
  changed: (result: T) => boolean = () => true,
): Promise<T> {
  pauses += 1;
  try {
    await inPass;
    const result = await exclusiveWrite(task);
    if (changed(result)) void refreshDerived().catch(() => undefined);
    return result;
  } finally {
    pauses -= 1;
    if (pauses === 0) for (const resume of resumers.splice(0)) resume();
  }
}

type PassOutcome = 'done' | 'held' | 'superseded';

/** One attempt at a pass, in one transaction on the writer; rolled back when held or superseded. */
async function attemptPass(steps: readonly QueryLike[], ofGeneration: number): Promise<PassOutcome> {
  const { writer } = await database();
  if (pauses > 0) return 'held';
  await writer.execute(['BEGIN TRANSACTION']);
  try {
    for (const step of steps) {
      const stop = ofGeneration !== generation ? 'superseded' : pauses > 0 ? 'held' : null;
      if (stop) {
        await writer.execute(['ROLLBACK']);
        return stop;
      }
      await writer.query(step.text, step.params);
    }
    await writer.execute(['COMMIT']);
    return 'done';
  } catch (error) {
    await writer.execute(['ROLLBACK']).catch(() => undefined);
    throw error;
  }
}

/** Runs a pass, again after each hold; false when a newer refresh took over before it was done. */
async function runSteps(steps: readonly QueryLike[], ofGeneration: number): Promise<boolean> {
  for (;;) {
    await unpaused();
    if (ofGeneration !== generation) return false;
    const attempt = attemptPass(steps, ofGeneration);
    inPass = attempt.catch(() => undefined);
    const outcome = await attempt;
    if (outcome !== 'held') return outcome === 'done';
  }
}

/**
 * Brings the derived tables up to date after the scores changed. The quick pass runs once `startQuick` resolves,
 * the full one after `startFull` (at start-up: once the first screen is drawn, so that its queries do
 * not queue behind it in DuckDB's single worker). Analytic queries wait for the pass they need.
 */
export function refreshDerived(
  startFull: Promise<unknown> = Promise.resolve(),
  startQuick: Promise<unknown> = Promise.resolve(),
): Promise<void> {
  generation += 1;
  const mine = generation;
  supersede();
  const superseded = new Promise<void>((resolve) => {
    supersede = resolve;
  });
  const previous = running.catch(() => undefined);
  const quickRun = Promise.all([previous, startQuick]).then(() => runSteps(derivedTables.quick(), mine));
  const fullRun = quickRun
    .then(() => Promise.race([startFull, superseded]))
    .then(() => runSteps(derivedTables.full(), mine));
  running = fullRun;
  // A pass that a newer refresh took over answers its waiting queries once the newer one is built
  // (read when it stops, so never a promise that waits for this one).
  quickReady = quickRun.then((done) => (done ? undefined : quickReady));
  fullReady = fullRun.then((done) => {
    if (!done) return fullReady;
    performance.mark('app:derived-ready');
    return undefined;
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
