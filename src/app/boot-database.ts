import { BUNDLED_DATASETS, type BundledDataset } from '@/config/datasets';
import { startBrowserEngine } from '@/db/browser-engine';
import type { SqlEngine } from '@/db/engine';
import { memoryPath } from '@/db/settings';
import { insertBundledDataset, insertBundledScores, updateDatasetRowCount } from '@/sql/bundled-load';
import { SCHEMA_STATEMENTS } from '@/sql/schema';
import { setBootProgress } from './boot-progress';

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

async function loadBundled(engine: SqlEngine, dataset: BundledDataset, bytes: Uint8Array): Promise<void> {
  const fileName = `bundled-${dataset.id}.csv`;
  await engine.registerFile(fileName, bytes);
  try {
    const source = `${dataset.provenance.publisher.vi} — ${dataset.provenance.document.vi} (${dataset.provenance.years})`;
    for (const step of [
      insertBundledDataset(dataset.id, dataset.kind, dataset.label.vi, dataset.fileName, source),
      insertBundledScores(dataset.id, memoryPath(fileName), dataset.hasBlock),
      updateDatasetRowCount(dataset.id),
    ]) {
      await engine.query(step.text, step.params);
    }
  } finally {
    await engine.dropFile(fileName);
  }
}

/** Engine start and data download run side by side; then each bundled file loads in turn. */
export async function bootDatabase(): Promise<SqlEngine> {
  const total = BUNDLED_DATASETS.length;
  setBootProgress({ stage: 'engine', done: 0, total });
  const downloads = BUNDLED_DATASETS.map((dataset) => fetchBytes(dataset.url));
  const engine = await startBrowserEngine();
  await engine.execute(SCHEMA_STATEMENTS);
  let done = 0;
  setBootProgress({ stage: 'data', done, total });
  for (const [position, dataset] of BUNDLED_DATASETS.entries()) {
    const bytes = await downloads[position];
    if (bytes) await loadBundled(engine, dataset, bytes);
    done += 1;
    setBootProgress({ stage: 'data', done, total });
  }
  performance.mark('app:data-ready');
  setBootProgress({ stage: 'ready', done, total });
  return engine;
}
