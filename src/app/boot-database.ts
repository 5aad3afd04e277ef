import tableUrls from 'virtual:bundled-tables';
import { BUNDLED_DATASETS } from '@/config/datasets';
import { configureDerivedTables, exclusiveWrite, initDatabase, refreshDerived } from '@/db/database';
import type { SqlConnection, SqlEngine } from '@/db/engine';
import { engineWorker } from '@/db/engine-worker';
import { restoreLineageImport } from '@/features/lineage-import/api/apply-lineage';
import { afterMark } from '@/lib/marks';
import { type ListedImport, listPersistedImports } from '@/lib/persisted-imports';
import { setRestoreProblems } from '@/lib/restore-problems';
import { fillReferenceTables } from '@/sql/reference-tables';
import { refreshScoreFacts } from '@/sql/score-facts';
import { setBootProgress } from './boot-progress';
import { type BundledTables, EMPTY_SCHEMA, loadBundledTables } from './bundled-tables';

async function fetchBytes(url: string): Promise<Uint8Array> {
  // Low priority: DuckDB's worker script and wasm are the long pole, the data is needed only after them.
  const response = await fetch(url, { priority: 'low' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

async function fetchTables(): Promise<BundledTables> {
  const [scores, lineage] = await Promise.all([fetchBytes(tableUrls.scores), fetchBytes(tableUrls.lineage)]);
  return { scores, lineage };
}

async function runAll(
  engine: SqlConnection,
  steps: readonly { text: string; params: readonly (string | number | boolean | null)[] }[],
) {
  for (const step of steps) await engine.query(step.text, step.params);
}

let askedForEngine: () => void = () => undefined;
const engineAsked = new Promise<void>((resolve) => {
  askedForEngine = resolve;
});

/**
 * Resolves once DuckDB's wasm has been asked for (or its start failed). The first screen is drawn from
 * the snapshot after this: React's first render is the longest task of the start, and the engine's
 * messages to its worker must not wait behind it.
 */
export function engineRequested(): Promise<void> {
  return engineAsked;
}

/** Restores the user's stored imports; its code (the import path) is loaded only when there are some. */
async function restoreStored(engine: SqlEngine, stored: Promise<readonly ListedImport[]>) {
  if ((await stored).length === 0) return [];
  const { restorePersistedImports } = await import('./restore-imports');
  return restorePersistedImports(engine, stored);
}

/** Engine start and data download run side by side; then the build's tables load as they are. */
export async function bootDatabase(): Promise<SqlEngine> {
  configureDerivedTables({
    quick: () => refreshScoreFacts('quick'),
    full: () => refreshScoreFacts('full'),
  });
  // The worker first (already started by the page's first script), so that its script is not queued
  // behind the downloads; then the engine's own JS (a chunk of its own) while both load.
  const worker = engineWorker();
  const tables = fetchTables();
  const total = BUNDLED_DATASETS.length;
  // IndexedDB is read while the engine starts; the files stored there load after the bundled ones.
  const persisted = listPersistedImports();
  setBootProgress({ stage: 'engine', done: 0, total });
  const engine = await import('@/db/browser-engine').then(
    ({ startBrowserEngine }) => {
      const starting = startBrowserEngine(worker);
      // The worker has its wasm on the way, and the engine its messages: the snapshot may be drawn.
      askedForEngine();
      return starting;
    },
    (error: unknown) => {
      askedForEngine();
      throw error;
    },
  );
  performance.mark('boot:engine-started');
  setBootProgress({ stage: 'data', done: 0, total });
  // The schema and the tables are sent one after the other without waiting for each answer.
  await Promise.all([
    engine.writer.execute(EMPTY_SCHEMA),
    tables.then((bytes) => loadBundledTables(engine, bytes)),
  ]);
  await restoreLineageImport(engine);
  performance.mark('boot:bundled-loaded');
  setRestoreProblems(await restoreStored(engine, persisted));
  performance.mark('app:data-ready');
  setBootProgress({ stage: 'ready', done: total, total });
  return engine;
}

/**
 * The full pass waits for the first chart and the first screen's live answers (at most this long after
 * the data is ready), so the first screen's queries do not queue behind it.
 */
const FULL_PASS_DELAY_MS = 4000;
const QUICK_PASS_DELAY_MS = 150;
let started = false;

/**
 * Starts everything once: the engine with the bundled data, then the derived tables (ranks, deltas),
 * which analytic queries wait for. Safe to call again: both promises are shared.
 */
export function startDatabase(): Promise<SqlEngine> {
  const ready = initDatabase(bootDatabase);
  if (!started) {
    started = true;
    // The first screen's plain queries are sent a moment after the data is ready: let them go first.
    // The catalogue's reference tables are read by the derived tables and analytic queries only.
    const quickStart = ready.then(async (engine) => {
      await new Promise((resolve) => setTimeout(resolve, QUICK_PASS_DELAY_MS));
      // Queued like any other write: an import picked at start-up must not run its transaction around it.
      await exclusiveWrite(() => runAll(engine.writer, fillReferenceTables()));
    });
    // With the build's snapshot the first chart is drawn before the engine is up: the full pass then
    // also waits for the live answers of the first screen, so that they do not queue behind it. The
    // time-out counts from the data being ready, not from the page's start: on a slow machine the
    // engine alone can take longer than it, and the pass would then run ahead of those answers.
    const firstScreenDone = ready.then(() =>
      Promise.all([
        afterMark('app:first-chart', FULL_PASS_DELAY_MS),
        afterMark('app:first-screen-live', FULL_PASS_DELAY_MS),
      ]),
    );
    void refreshDerived(firstScreenDone, quickStart).catch(() => {
      // Analytic screens report the failure when they run their queries.
    });
  }
  return ready;
}
