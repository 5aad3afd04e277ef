import { BUNDLED_DATASETS, provenanceLine } from '@/config/datasets';
import { startBrowserEngine } from '@/db/browser-engine';
import { configureDerivedTables, initDatabase, refreshDerived } from '@/db/database';
import type { SqlEngine } from '@/db/engine';
import { memoryPath } from '@/db/settings';
import { INDEX_CODES } from '@/domain/catalogue';
import { crosswalkToLinks, parseCrosswalk } from '@/domain/lineage';
import { restoreLineageImport } from '@/features/lineage-import/api/apply-lineage';
import { afterMark } from '@/lib/marks';
import {
  type BundledFile,
  insertBundledDatasets,
  insertBundledFiles,
  updateDatasetRowCounts,
} from '@/sql/bundled-load';
import { insertLineage } from '@/sql/lineage';
import { fillReferenceTables, REFERENCE_TABLE_STATEMENTS } from '@/sql/reference-tables';
import { SCHEMA_STATEMENTS } from '@/sql/schema';
import { UNITS_VIEW_STATEMENT } from '@/sql/units';
import { refreshScoreFacts } from '@/sql/yoy-deltas';
import crosswalkUrl from '../../data/provinces_2025_crosswalk.csv?url';
import { setBootProgress } from './boot-progress';
import { restorePersistedImports } from './restore-imports';

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

async function runAll(
  engine: SqlEngine,
  steps: readonly { text: string; params: readonly (string | number | boolean | null)[] }[],
) {
  for (const step of steps) await engine.query(step.text, step.params);
}

/** Engine start and data download run side by side; then each bundled file loads in turn. */
export async function bootDatabase(): Promise<SqlEngine> {
  configureDerivedTables({
    quick: () => refreshScoreFacts(INDEX_CODES, { components: ['TOTAL'], peerBys: ['level'] }),
    full: () => refreshScoreFacts(),
  });
  const total = BUNDLED_DATASETS.length;
  setBootProgress({ stage: 'engine', done: 0, total });
  const downloads = BUNDLED_DATASETS.map((dataset) => fetchBytes(dataset.url));
  const crosswalk = fetchBytes(crosswalkUrl);
  const engine = await startBrowserEngine();
  performance.mark('boot:engine-started');
  await engine.execute([...SCHEMA_STATEMENTS, ...REFERENCE_TABLE_STATEMENTS, UNITS_VIEW_STATEMENT]);
  await runAll(engine, fillReferenceTables());
  setBootProgress({ stage: 'data', done: 0, total });
  const files: BundledFile[] = [];
  for (const [position, dataset] of BUNDLED_DATASETS.entries()) {
    const bytes = await downloads[position];
    if (!bytes) continue;
    const name = `bundled-${dataset.id}.csv`;
    await engine.registerFile(name, bytes);
    files.push({
      datasetId: dataset.id,
      kind: dataset.kind,
      label: dataset.label.vi,
      fileName: dataset.fileName,
      source: provenanceLine(dataset, 'vi'),
      path: memoryPath(name),
    });
    setBootProgress({ stage: 'data', done: files.length, total });
  }
  await runAll(engine, [insertBundledDatasets(files), insertBundledFiles(files), updateDatasetRowCounts()]);
  for (const dataset of BUNDLED_DATASETS) await engine.dropFile(`bundled-${dataset.id}.csv`);
  const links = crosswalkToLinks(parseCrosswalk(new TextDecoder().decode(await crosswalk)));
  await runAll(engine, [insertLineage(links, 'crosswalk-2025')]);
  await restoreLineageImport(engine);
  performance.mark('boot:bundled-loaded');
  await restorePersistedImports(engine);
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
    const quickStart = ready.then(() => new Promise((resolve) => setTimeout(resolve, QUICK_PASS_DELAY_MS)));
    void refreshDerived(afterMark('app:first-chart', FULL_PASS_DELAY_MS), quickStart).catch(() => {
      // Analytic screens report the failure when they run their queries.
    });
  }
  return ready;
}
