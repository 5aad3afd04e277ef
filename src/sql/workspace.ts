import type * as v from 'valibot';
import type { RowQuery } from '@/db/rows';
import { type Query, query, rowQuery } from './query';
import { count, optionalNumber, optionalText, row, text } from './row-columns';

/** Row of `selectImportedDatasets`. */
export const ImportedDatasetRow = row({
  dataset_id: text,
  label: text,
  file_name: text,
  added_at: optionalText,
  row_count: count,
});
export type ImportedDatasetRow = v.InferOutput<typeof ImportedDatasetRow>;

/** The imported datasets, oldest first: what a workspace file carries. */
export function selectImportedDatasets(): RowQuery<ImportedDatasetRow> {
  return rowQuery(
    ImportedDatasetRow,
    `SELECT d.dataset_id, d.label, d.file_name, d.added_at, count(s.dataset_id) AS row_count
     FROM datasets d LEFT JOIN scores s USING (dataset_id)
     WHERE d.kind = 'imported'
     GROUP BY d.dataset_id, d.label, d.file_name, d.added_at
     ORDER BY d.added_at, d.dataset_id`,
  );
}

/** Row of `selectDatasetLongRows`: the long layout's columns, as the importer reads them. */
export const LongLayoutRow = row({
  index: text,
  year: count,
  unit_code: text,
  unit_name: text,
  unit_level: text,
  component_code: text,
  component_name: optionalText,
  score: optionalNumber,
  max_score: optionalNumber,
  rank: optionalNumber,
  block: text,
});
export type LongLayoutRow = v.InferOutput<typeof LongLayoutRow>;

/** One dataset's rows in the long layout, in the order of its file, named as the importer reads them. */
export function selectDatasetLongRows(datasetId: string): RowQuery<LongLayoutRow> {
  return rowQuery(
    LongLayoutRow,
    `SELECT index_code AS "index", year, unit_code, unit_name, unit_level, component_code, component_name,
            score, max_score, rank, block
     FROM scores WHERE dataset_id = ?
     ORDER BY source_line NULLS LAST, index_code, year, unit_code, component_code`,
    [datasetId],
  );
}

/** Every imported dataset and its rows: a workspace replaces them all (the bundled data stays). */
export function deleteAllImported(): readonly Query[] {
  return [
    query(`DELETE FROM scores WHERE dataset_id IN (SELECT dataset_id FROM datasets WHERE kind = 'imported')`),
    query(`DELETE FROM datasets WHERE kind = 'imported'`),
  ];
}

const UnitCodeRow = row({ unit_code: text });

/** Every unit code in the scores (bundled and imported): what a registry row of a workspace may name. */
export function selectKnownUnitCodes(): RowQuery<{ readonly unit_code: string }> {
  return rowQuery(UnitCodeRow, 'SELECT DISTINCT unit_code FROM scores ORDER BY unit_code');
}
