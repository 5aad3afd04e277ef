import { BUNDLED_DATASETS, type BundledDataset, provenanceLine } from '@/config/datasets';
import { configureDerivedTables, exclusiveWrite, initDatabase, refreshDerived } from '@/db/database';
import type { SqlConnection, SqlEngine } from '@/db/engine';
import { startEngineWorker } from '@/db/engine-worker';
import { memoryPath } from '@/db/settings';
import { crosswalkToLinks } from '@/domain/lineage';
import { restoreLineageImport } from '@/features/lineage-import/api/apply-lineage';
import { afterMark } from '@/lib/marks';
import { listPersistedImports } from '@/lib/persisted-imports';
import { setRestoreProblems } from '@/lib/restore-problems';
import { type BundledFile, insertBundledDatasets, insertBundledFiles } from '@/sql/bundled-load';
import { insertLineage } from '@/sql/lineage';
import { fillReferenceTables, REFERENCE_TABLE_STATEMENTS } from '@/sql/reference-tables';
import { SCHEMA_STATEMENTS } from '@/sql/schema';
import { refreshScoreFacts } from '@/sql/score-facts';
import { UNITS_VIEW_STATEMENT } from '@/sql/units';
import crosswalkUrl from '../../data/provinces_2025_crosswalk.csv?url';
import { setBootProgress } from './boot-progress';
import { restorePersistedImports } from './restore-imports';

async function fetchBytes(url: string): Promise<Uint8Array> {
  // Low priority: DuckDB's worker script and wasm are the long pole, the data is needed only after them.
  const response = await fetch(url, { priority: 'low' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

interface Downloads {
  readonly datasets: readonly { readonly dataset: BundledDataset; readonly bytes: Promise<Uint8Array> }[];
  readonly crosswalk: Promise<Uint8Array>;
}

function startDownloads(): Downloads {
  return {
    datasets: BUNDLED_DATASETS.map((dataset) => ({ dataset, bytes: fetchBytes(dataset.url) })),
    crosswalk: fetchBytes(crosswalkUrl),
  };
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

/** Engine start and data download run side by side; then the bundled files load in one read. */
export async function bootDatabase(): Promise<SqlEngine> {
  configureDerivedTables({
    quick: () => refreshScoreFacts('quick'),
    full: () => refreshScoreFacts('full'),
  });
  // The worker first, so that its script is not queued behind the downloads; then the engine's own
  // JS (a chunk of its own) while both load.
  const worker = startEngineWorker();
  const { datasets, crosswalk } = startDownloads();
  const total = BUNDLED_DATASETS.length;
  // IndexedDB is read while the engine starts; the files stored there load after the bundled ones.
  const persisted = listPersistedImports();
  setBootProgress({ stage: 'engine', done: 0, total });
  const engine = await import('@/db/browser-engine').then(
    ({ startBrowserEngine }) => {
      const starting = startBrowserEngine(worker);
      // It has posted the wasm to the worker by now: the snapshot may be drawn.
      askedForEngine();
      return starting;
    },
    (error: unknown) => {
      askedForEngine();
      throw error;
    },
  );
  performance.mark('boot:engine-started');
  // Fetched while the data registers, so PapaParse stays out of the first screen's JS.
  const crosswalkReader = import('@/domain/crosswalk-csv');
  await engine.writer.execute([...SCHEMA_STATEMENTS, ...REFERENCE_TABLE_STATEMENTS, UNITS_VIEW_STATEMENT]);
  setBootProgress({ stage: 'data', done: 0, total });
  let registered = 0;
  const files = await Promise.all(
    datasets.map(async ({ dataset, bytes }): Promise<BundledFile> => {
      const name = `bundled-${dataset.id}.csv`;
      await engine.registerFile(name, await bytes);
      registered += 1;
      setBootProgress({ stage: 'data', done: registered, total });
      return {
        datasetId: dataset.id,
        kind: dataset.kind,
        label: dataset.label.vi,
        fileName: dataset.fileName,
        source: provenanceLine(dataset, 'vi'),
        path: memoryPath(name),
      };
    }),
  );
  // The scores first: the datasets' small insert then reuses code the big one has already warmed up.
  await runAll(engine.writer, [insertBundledFiles(files), insertBundledDatasets(files)]);
  await Promise.all(BUNDLED_DATASETS.map((dataset) => engine.dropFile(`bundled-${dataset.id}.csv`)));
  const { parseCrosswalk } = await crosswalkReader;
  const links = crosswalkToLinks(parseCrosswalk(new TextDecoder().decode(await crosswalk)));
  await runAll(engine.writer, [insertLineage(links, 'crosswalk-2025')]);
  await restoreLineageImport(engine);
  performance.mark('boot:bundled-loaded');
  setRestoreProblems(await restorePersistedImports(engine, persisted));
  performance.mark('app:data-ready');
  setBootProgress({ stage: 'ready', done: total, total });
  return engine;
}

/** The full pass waits for the first chart, so the first screen's queries do not queue behind it. */
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
    // also waits for the live answers of the first screen, so that they do not queue behind it.
    const firstScreenDone = Promise.all([
      afterMark('app:first-chart', FULL_PASS_DELAY_MS),
      afterMark('app:first-screen-live', FULL_PASS_DELAY_MS),
    ]);
    void refreshDerived(firstScreenDone, quickStart).catch(() => {
      // Analytic screens report the failure when they run their queries.
    });
  }
  return ready;
}
