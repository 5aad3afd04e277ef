// The bundled data at build time: data/*.csv (the source of truth) read by the project's own load SQL
// into DuckDB in Node, then handed on as Arrow IPC, the form the app loads at start-up
// (src/app/bundled-tables.ts). The first-screen snapshot is answered over tables loaded from those very
// streams, the way the browser loads them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { bundledFileName, bundledFiles } from '@/app/bundled-files';
import {
  BUNDLED_TABLE_NAMES,
  type BundledTables,
  EMPTY_SCHEMA,
  loadBundledTables,
} from '@/app/bundled-tables';
import { BUNDLED_DATASETS } from '@/config/datasets';
import type { SqlConnection, SqlEngine } from '@/db/engine';
import { startNodeEngine } from '@/db/node-engine';
import { runInTransaction } from '@/db/transaction';
import { parseCrosswalk } from '@/domain/crosswalk-csv';
import { crosswalkToLinks } from '@/domain/lineage';
import { insertBundledFiles } from '@/sql/bundled-load';
import { insertLineage } from '@/sql/lineage';
import type { Query } from '@/sql/query';
import { fillReferenceTables } from '@/sql/reference-tables';
import { refreshScoreFacts } from '@/sql/score-facts';

export const CROSSWALK_FILE = 'provinces_2025_crosswalk.csv';
export const CATALOGUE_FILE = 'catalogue/indices.json';

/** Every data file the first screen's answers depend on, relative to data/: what the stamp hashes. */
export function firstScreenDataFiles(): string[] {
  return [...BUNDLED_DATASETS.map((dataset) => dataset.fileName), CROSSWALK_FILE, CATALOGUE_FILE];
}

async function runAll(connection: SqlConnection, steps: readonly Query[]): Promise<void> {
  for (const step of steps) await connection.query(step.text, step.params);
}

/** Reads every bundled CSV (one `read_csv`) and the crosswalk into `engine`'s empty schema. */
export async function readBundledCsv(engine: SqlEngine, dataDir: string): Promise<void> {
  await engine.writer.execute(EMPTY_SCHEMA);
  for (const dataset of BUNDLED_DATASETS) {
    await engine.registerFile(bundledFileName(dataset), readFileSync(path.join(dataDir, dataset.fileName)));
  }
  await runAll(engine.writer, [insertBundledFiles(bundledFiles())]);
  for (const dataset of BUNDLED_DATASETS) await engine.dropFile(bundledFileName(dataset));
  const links = crosswalkToLinks(parseCrosswalk(readFileSync(path.join(dataDir, CROSSWALK_FILE), 'utf8')));
  await runAll(engine.writer, [insertLineage(links, 'crosswalk-2025')]);
}

async function exportTable(engine: SqlEngine, table: string): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  // Sorted, so that the same files give the same bytes (and the asset the same hashed name).
  await engine.exportArrow(
    { text: `SELECT * FROM ${table} ORDER BY ALL`, params: [] },
    Infinity,
    async (ipc) => {
      parts.push(ipc);
    },
  );
  if (parts.length !== 1) throw new Error(`${table}: expected one Arrow stream, got ${parts.length}`);
  return parts[0] as Uint8Array;
}

/** data/*.csv as the tables the app loads, each an Arrow IPC stream. */
export async function buildBundledTables(dataDir: string): Promise<BundledTables> {
  const engine = await startNodeEngine();
  await readBundledCsv(engine, dataDir);
  const [scores, lineage] = await Promise.all(BUNDLED_TABLE_NAMES.map((table) => exportTable(engine, table)));
  if (!scores || !lineage) throw new Error('bundled tables missing');
  return { scores, lineage };
}

/** Loads the build's tables the way the app's start-up does, then the reference tables and the quick pass. */
export async function loadBundledData(engine: SqlEngine, tables: BundledTables): Promise<void> {
  await engine.writer.execute(EMPTY_SCHEMA);
  await loadBundledTables(engine, tables);
  await runAll(engine.writer, fillReferenceTables());
  await runInTransaction(engine, refreshScoreFacts('quick'));
}
