import { BUNDLED_DATASETS, type BundledDataset } from '@/config/datasets';
import { startBrowserEngine } from '@/db/browser-engine';
import { configureDerivedTables, initDatabase, refreshDerived } from '@/db/database';
import type { SqlEngine } from '@/db/engine';
import { memoryPath } from '@/db/settings';
import { INDEX_CODES } from '@/domain/catalogue';
import { crosswalkToLinks, parseCrosswalk } from '@/domain/lineage';
import { restoreLineageImport } from '@/features/lineage-import/api/apply-lineage';
import { insertBundledDataset, insertBundledScores, updateDatasetRowCount } from '@/sql/bundled-load';
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

async function loadBundled(engine: SqlEngine, dataset: BundledDataset, bytes: Uint8Array): Promise<void> {
  const fileName = `bundled-${dataset.id}.csv`;
  await engine.registerFile(fileName, bytes);
  try {
    const source = `${dataset.provenance.publisher.vi} — ${dataset.provenance.document.vi} (${dataset.provenance.years})`;
    await runAll(engine, [
      insertBundledDataset(dataset.id, dataset.kind, dataset.label.vi, dataset.fileName, source),
      insertBundledScores(dataset.id, memoryPath(fileName), dataset.hasBlock),
      updateDatasetRowCount(dataset.id),
    ]);
  } finally {
    await engine.dropFile(fileName);
  }
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
  let done = 0;
  setBootProgress({ stage: 'data', done, total });
  for (const [position, dataset] of BUNDLED_DATASETS.entries()) {
    const bytes = await downloads[position];
    if (bytes) await loadBundled(engine, dataset, bytes);
    done += 1;
    setBootProgress({ stage: 'data', done, total });
  }
  const links = crosswalkToLinks(parseCrosswalk(new TextDecoder().decode(await crosswalk)));
  await runAll(engine, [insertLineage(links, 'crosswalk-2025')]);
  await restoreLineageImport(engine);
  performance.mark('boot:bundled-loaded');
  await restorePersistedImports(engine);
  performance.mark('app:data-ready');
  setBootProgress({ stage: 'ready', done, total });
  return engine;
}

let started = false;

/**
 * Starts everything once: the engine with the bundled data, then the derived tables (ranks, deltas),
 * which analytic queries wait for. Safe to call again: both promises are shared.
 */
export function startDatabase(): Promise<SqlEngine> {
  const ready = initDatabase(bootDatabase);
  if (!started) {
    started = true;
    void refreshDerived(afterFirstChart()).catch(() => {
      // Analytic screens report the failure when they run their queries.
    });
  }
  return ready;
}

const FULL_PASS_DELAY_MS = 4000;

/** Resolves once the first chart is painted (or after a delay if the screen shows none). */
function afterFirstChart(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, FULL_PASS_DELAY_MS);
    const done = () => {
      clearTimeout(timer);
      observer.disconnect();
      resolve();
    };
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('app:first-chart').length > 0) done();
    });
    observer.observe({ type: 'mark', buffered: true });
  });
}
