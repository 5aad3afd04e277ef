// Loads the bundled files into DuckDB in Node exactly as the app's start-up does in the browser
// (src/app/boot-database.ts): same statements, same order, then the quick derived pass.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BUNDLED_DATASETS, provenanceLine } from '@/config/datasets';
import type { SqlConnection, SqlEngine } from '@/db/engine';
import { memoryPath } from '@/db/settings';
import { runInTransaction } from '@/db/transaction';
import { parseCrosswalk } from '@/domain/crosswalk-csv';
import { crosswalkToLinks } from '@/domain/lineage';
import { type BundledFile, insertBundledDatasets, insertBundledFiles } from '@/sql/bundled-load';
import { insertLineage } from '@/sql/lineage';
import type { Query } from '@/sql/query';
import { fillReferenceTables, REFERENCE_TABLE_STATEMENTS } from '@/sql/reference-tables';
import { SCHEMA_STATEMENTS } from '@/sql/schema';
import { refreshScoreFacts } from '@/sql/score-facts';
import { UNITS_VIEW_STATEMENT } from '@/sql/units';

export const CROSSWALK_FILE = 'provinces_2025_crosswalk.csv';
export const CATALOGUE_FILE = 'catalogue/indices.json';

/** Every data file the first screen's answers depend on, relative to data/: what the stamp hashes. */
export function firstScreenDataFiles(): string[] {
  return [...BUNDLED_DATASETS.map((dataset) => dataset.fileName), CROSSWALK_FILE, CATALOGUE_FILE];
}

async function runAll(connection: SqlConnection, steps: readonly Query[]): Promise<void> {
  for (const step of steps) await connection.query(step.text, step.params);
}

export async function loadBundledData(engine: SqlEngine, dataDir: string): Promise<void> {
  await engine.writer.execute([...SCHEMA_STATEMENTS, ...REFERENCE_TABLE_STATEMENTS, UNITS_VIEW_STATEMENT]);
  const files: BundledFile[] = [];
  for (const dataset of BUNDLED_DATASETS) {
    const name = `bundled-${dataset.id}.csv`;
    await engine.registerFile(name, readFileSync(path.join(dataDir, dataset.fileName)));
    files.push({
      datasetId: dataset.id,
      kind: dataset.kind,
      label: dataset.label.vi,
      fileName: dataset.fileName,
      source: provenanceLine(dataset, 'vi'),
      path: memoryPath(name),
    });
  }
  await runAll(engine.writer, [insertBundledFiles(files), insertBundledDatasets(files)]);
  for (const dataset of BUNDLED_DATASETS) await engine.dropFile(`bundled-${dataset.id}.csv`);
  const links = crosswalkToLinks(parseCrosswalk(readFileSync(path.join(dataDir, CROSSWALK_FILE), 'utf8')));
  await runAll(engine.writer, [insertLineage(links, 'crosswalk-2025')]);
  await runAll(engine.writer, fillReferenceTables());
  await runInTransaction(engine, refreshScoreFacts('quick'));
}
