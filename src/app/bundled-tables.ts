import type { SqlEngine } from '@/db/engine';
import { insertBundledDatasets } from '@/sql/bundled-load';
import { REFERENCE_TABLE_STATEMENTS } from '@/sql/reference-tables';
import { SCHEMA_STATEMENTS } from '@/sql/schema';
import { UNITS_VIEW_STATEMENT } from '@/sql/units';
import { bundledFiles } from './bundled-files';

/**
 * The bundled data as the build loaded it: the tables `scores` and `lineage` read from data/*.csv by
 * the project's own load SQL (`insertBundledFiles`, `insertLineage`), each an Arrow IPC stream.
 */
export interface BundledTables {
  readonly scores: Uint8Array;
  readonly lineage: Uint8Array;
}

/** The empty schema the tables load into: at start-up, and at build time before the CSVs are read. */
export const EMPTY_SCHEMA: readonly string[] = [
  ...SCHEMA_STATEMENTS,
  ...REFERENCE_TABLE_STATEMENTS,
  UNITS_VIEW_STATEMENT,
];

/** The tables shipped, in the order they are loaded: the name of each is also its table's. */
export const BUNDLED_TABLE_NAMES = ['scores', 'lineage'] as const satisfies readonly (keyof BundledTables)[];

/**
 * Loads the build's tables into the empty schema, on the write connection: no CSV is parsed on the
 * user's machine. Arrow IPC is DuckDB-WASM's native exchange format, read without parsing (the same
 * form a stored import is kept in, src/ingest/stored-rows.ts); each stream was written by `SELECT *`
 * from the very table it goes back into, so its columns are the table's, in order. The datasets' own
 * lines come from the manifest, as they did when the build read the files.
 */
export async function loadBundledTables(engine: SqlEngine, tables: BundledTables): Promise<void> {
  const datasets = insertBundledDatasets(bundledFiles());
  // Asked at once, run in this order: the engine sends each as soon as the one before is on its way.
  await Promise.all([
    engine.appendArrow('scores', tables.scores, false),
    engine.writer.query(datasets.text, datasets.params),
    engine.appendArrow('lineage', tables.lineage, false),
  ]);
}
