import type * as v from 'valibot';
import type { RowQuery } from '@/db/rows';
import { type Query, query, rowQuery } from './query';
import { count, optionalText, row, text } from './row-columns';

/**
 * The columns of `scores` that a stored dataset keeps, in this order. `dataset_id` is not among them:
 * it is the stored entry's key and is bound again on restore, so a snapshot cannot claim another id.
 */
export const STORED_SCORE_COLUMNS = [
  'index_code',
  'year',
  'unit_code',
  'unit_name',
  'unit_level',
  'block',
  'component_code',
  'component_name',
  'score',
  'max_score',
  'rank',
  'source_line',
] as const;

/** The fixed name of the table an Arrow snapshot is read into, inside the restore's transaction. */
export const RESTORE_TABLE = 'restore_rows';

const COLUMNS = STORED_SCORE_COLUMNS.join(', ');

/** The rows of one imported dataset, as they are written to the browser's storage. */
export function selectDatasetRows(datasetId: string): Query {
  return query(`SELECT ${COLUMNS} FROM scores WHERE dataset_id = ?`, [datasetId]);
}

const DatasetRecordRow = row({
  label: text,
  file_name: text,
  added_at: optionalText,
  content_hash: optionalText,
});

/** The dataset's own line in `datasets`, kept beside its rows. */
export function selectDatasetRecord(datasetId: string): RowQuery<v.InferOutput<typeof DatasetRecordRow>> {
  return rowQuery(
    DatasetRecordRow,
    'SELECT label, file_name, added_at, content_hash FROM datasets WHERE dataset_id = ? AND kind = ?',
    [datasetId, 'imported'],
  );
}

/** `columns` comma-joined in table order; null when the table has none. */
const RestoreTableRow = row({ row_count: count, columns: optionalText });

/** How many rows and which columns the read snapshot holds: checked before anything is inserted. */
export function describeRestoreTable(): RowQuery<v.InferOutput<typeof RestoreTableRow>> {
  return rowQuery(
    RestoreTableRow,
    `SELECT (SELECT count(*) FROM ${RESTORE_TABLE}) AS row_count,
       (SELECT string_agg(column_name, ',' ORDER BY column_index) FROM duckdb_columns()
        WHERE table_name = ? AND schema_name = 'main') AS columns`,
    [RESTORE_TABLE],
  );
}

/** Moves the snapshot into `scores` under the entry's id (casts guard an older writer's types). */
export function insertRestoredScores(datasetId: string): Query {
  return query(
    `INSERT INTO scores (dataset_id, ${COLUMNS})
     SELECT ?, index_code, CAST(year AS INTEGER), unit_code, unit_name, unit_level, block, component_code,
       component_name, CAST(score AS DOUBLE), CAST(max_score AS DOUBLE), CAST(rank AS INTEGER),
       CAST(source_line AS INTEGER)
     FROM ${RESTORE_TABLE}`,
    [datasetId],
  );
}

export const DROP_RESTORE_TABLE = `DROP TABLE IF EXISTS ${RESTORE_TABLE}`;

/** Rows of every imported dataset now loaded: they share the browser's room with a new file. */
export function countImportedRows(): RowQuery<{ readonly n: number }> {
  return rowQuery(
    row({ n: count }),
    'SELECT count(*) AS n FROM scores WHERE dataset_id IN (SELECT dataset_id FROM datasets WHERE kind = ?)',
    ['imported'],
  );
}

const ImportedKeyRow = row({ dataset_id: text, content_hash: optionalText, own_links: count });

/**
 * The imported datasets loaded now, with their content, and how many lineage links the user added
 * (`lineageSource`): what the user's own first screen is computed from.
 */
export function selectImportedKeys(lineageSource: string): RowQuery<{
  readonly dataset_id: string;
  readonly content_hash: string | null;
  readonly own_links: number;
}> {
  return rowQuery(
    ImportedKeyRow,
    `SELECT dataset_id, content_hash, (SELECT count(*) FROM lineage WHERE source = ?) AS own_links
     FROM datasets WHERE kind = ? ORDER BY dataset_id`,
    [lineageSource, 'imported'],
  );
}
