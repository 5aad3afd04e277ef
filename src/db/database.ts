import type { Row, SqlEngine } from './engine';
import { type PassStep, type QueryLike, statementsOf } from './pass-step';
import { asRead, readsQuiet } from './read-priority';
import { checkRows, type RowQuery } from './rows';

/**
 * How the derived tables are brought up to date: a quick narrow pass (what the first screen needs),
 * then all. Each pass's steps run as one transaction on the writer.
 */
export interface DerivedTables {
  readonly quick: () => readonly PassStep[];
  readonly full: () => readonly PassStep[];
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
 * ends, so the held pass is dropped instead of finishing for nothing. From the task's start the derived
 * tables no longer count as current: an import commits (and is reported) well before its task ends,
 * so reads asked in between compute the facts live, and analytic queries wait for that refresh.
 */
export async function changeScores<T>(
  task: () => Promise<T>,
  changed: (result: T) => boolean = () => true,
): Promise<T> {
  pauses += 1;
  changesBegun += 1;
  try {
    await inPass;
    const result = await exclusiveWrite(task);
    if (changed(result))
      void refreshDerived(undefined, undefined, AFTER_CHANGE_QUIET_MS).catch(() => undefined);
    return result;
  } finally {
    pauses -= 1;
    if (pauses === 0) for (const resume of resumers.splice(0)) resume();
  }
}

/** Counts changes of the scores begun (before their first write). */
let changesBegun = 0;

/**
 * Where the changes of the scores stand: how many have begun, and whether one is under way. What is
 * read between two equal counts, with none under way at either, is of one state of the scores.
 */
export const scoreChanges = (): { readonly begun: number; readonly underWay: boolean } => ({
  begun: changesBegun,
  underWay: pauses > 0,
});

/**
 * After a change of the scores, each statement of a pass waits until the screens' reads have been
 * quiet this long: the screen showing the change is answered before a pass of tens of seconds.
 */
const AFTER_CHANGE_QUIET_MS = 400;

/**
 * Resolves once the screens' reads have been quiet, from now on, as long as a pass after a change
 * waits for: work that can wait (the read-back of an import's rows for the browser's store) goes
 * behind the reads of the screen showing the change, which are asked just after it is reported.
 */
export const screensAnswered = (): Promise<void> => readsQuiet(AFTER_CHANGE_QUIET_MS, true);

type PassOutcome = 'done' | 'held' | 'superseded';

/** One attempt at a pass, in one transaction on the writer; rolled back when held or superseded. */
async function attemptPass(
  steps: readonly PassStep[],
  ofGeneration: number,
  quietMs: number,
): Promise<PassOutcome> {
  const { writer } = await database();
  await readsQuiet(quietMs);
  if (pauses > 0) return 'held';
  await writer.execute(['BEGIN TRANSACTION']);
  try {
    for await (const step of statementsOf(steps, (batches) => writer.query(batches.text, batches.params))) {
      await readsQuiet(quietMs);
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
async function runSteps(steps: readonly PassStep[], ofGeneration: number, quietMs: number): Promise<boolean> {
  for (;;) {
    await unpaused();
    if (ofGeneration !== generation) return false;
    const attempt = attemptPass(steps, ofGeneration, quietMs);
    inPass = attempt.catch(() => undefined);
    const outcome = await attempt;
    if (outcome !== 'held') return outcome === 'done';
  }
}

/**
 * Brings the derived tables up to date after the scores changed. The quick pass runs once `startQuick` resolves,
 * the full one after `startFull` (at start-up: once the first screen is drawn, so that its queries do
 * not queue behind it in DuckDB's single worker). Analytic queries wait for the pass they need;
 * `runFacts` reads the facts live from the scores until the full pass is built. With `quietMs`, each
 * statement of the passes waits for the screens' reads to be quiet that long.
 */
export function refreshDerived(
  startFull: Promise<unknown> = Promise.resolve(),
  startQuick: Promise<unknown> = Promise.resolve(),
  quietMs = 0,
): Promise<void> {
  generation += 1;
  const mine = generation;
  factsBuilt = false;
  supersede();
  const superseded = new Promise<void>((resolve) => {
    supersede = resolve;
  });
  const previous = running.catch(() => undefined);
  const quickRun = Promise.all([previous, startQuick]).then(() =>
    runSteps(derivedTables.quick(), mine, quietMs),
  );
  const fullRun = quickRun
    .then(() => Promise.race([startFull, superseded]))
    .then(() => runSteps(derivedTables.full(), mine, quietMs));
  running = fullRun;
  // A pass that a newer refresh took over answers its waiting queries once the newer one is built
  // (read when it stops, so never a promise that waits for this one).
  quickReady = quickRun.then((done) => (done ? undefined : quickReady));
  fullReady = fullRun.then((done) => {
    if (!done) return fullReady;
    if (mine === generation) factsBuilt = true;
    performance.mark('app:derived-ready');
    return undefined;
  });
  return fullReady;
}

/** A read query's declared rows, checked; a statement's (or a query without a declared row's) plain rows. */
function rowsOf(query: QueryLike | RowQuery<unknown>, rows: Row[]): unknown[] {
  return 'row' in query ? checkRows(query, rows) : rows;
}

/** Runs one query over the loaded scores (the entry point of most features' queryFn). */
export async function run<TRow>(query: RowQuery<TRow>): Promise<TRow[]>;
export async function run(query: QueryLike): Promise<Row[]>;
export async function run(query: QueryLike | RowQuery<unknown>): Promise<unknown[]> {
  const engine = await database();
  return rowsOf(query, await asRead(() => engine.query(query.text, query.params)));
}

/** Runs one query that reads the derived tables, once the pass it needs is built. */
export async function runAnalytics<TRow>(query: RowQuery<TRow>, need?: DerivedNeed): Promise<TRow[]>;
export async function runAnalytics(query: QueryLike, need?: DerivedNeed): Promise<Row[]>;
export async function runAnalytics(
  query: QueryLike | RowQuery<unknown>,
  need: DerivedNeed = 'full',
): Promise<unknown[]> {
  const engine = await database();
  // While the scores change, the tables' pass is not yet asked for: wait until it is, then for it.
  while (pauses > 0) await unpaused();
  await (need === 'quick' ? quickReady : fullReady);
  return rowsOf(query, await asRead(() => engine.query(query.text, query.params)));
}

/** Where a query reads the facts from: the derived table once built, else computed from the scores. */
export type FactsRead = 'stored' | 'live';

/** Whether the full pass of the latest refresh is built (a change under way counts as not built). */
let factsBuilt = true;

/**
 * Runs a query over the facts without waiting for the derived pass: while the latest full pass is
 * not built (an import's pairs can take it tens of seconds), `build('live')` computes them from the
 * committed scores, which gives the same rows (test/unit/sql/facts-source.test.ts).
 */
export async function runFacts<TRow>(build: (source: FactsRead) => RowQuery<TRow>): Promise<TRow[]>;
export async function runFacts(build: (source: FactsRead) => QueryLike): Promise<Row[]>;
export async function runFacts(
  build: (source: FactsRead) => QueryLike | RowQuery<unknown>,
): Promise<unknown[]> {
  const engine = await database();
  // A change under way may have committed its rows already: the tables built before it are not current.
  const query = build(factsBuilt && pauses === 0 ? 'stored' : 'live');
  return rowsOf(query, await asRead(() => engine.query(query.text, query.params)));
}
