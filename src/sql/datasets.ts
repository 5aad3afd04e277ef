import type * as v from 'valibot';
import type { RowQuery } from '@/db/rows';
import { type Query, query, rowQuery } from './query';
import { count, datasetKind, optionalNumber, optionalText, row, text } from './row-columns';

/** Row of `buildDatasetList`: a dataset without rows has no indices or years. */
export const DatasetRow = row({
  dataset_id: text,
  kind: datasetKind,
  label: text,
  file_name: text,
  source: optionalText,
  added_at: optionalText,
  row_count: count,
  indices: optionalText,
  first_year: optionalNumber,
  last_year: optionalNumber,
  unit_count: count,
});
export type DatasetRow = v.InferOutput<typeof DatasetRow>;

/** Row of `buildCoverageGrid`; `kinds` comma-joined. */
export const CoverageRow = row({
  index_code: text,
  year: count,
  units_with_score: count,
  units: count,
  kinds: text,
});
export type CoverageRow = v.InferOutput<typeof CoverageRow>;

const EngineMemoryRow = row({ used_bytes: count });

/** Every loaded dataset with what it holds, for the data screen. */
export function buildDatasetList(): RowQuery<DatasetRow> {
  return rowQuery(
    DatasetRow,
    `SELECT d.dataset_id, d.kind, d.label, d.file_name, d.source, d.added_at,
            count(s.index_code) AS row_count,
            string_agg(DISTINCT s.index_code, ',' ORDER BY s.index_code) AS indices,
            min(s.year) AS first_year, max(s.year) AS last_year,
            count(DISTINCT s.unit_code) AS unit_count
     FROM datasets d LEFT JOIN scores s USING (dataset_id)
     GROUP BY d.dataset_id, d.kind, d.label, d.file_name, d.source, d.added_at
     ORDER BY CASE d.kind WHEN 'published' THEN 0 WHEN 'sample' THEN 1 ELSE 2 END, d.added_at, d.dataset_id`,
  );
}

/** Index × year: how many units have at least one score, and from which kinds of dataset. */
export function buildCoverageGrid(): RowQuery<CoverageRow> {
  return rowQuery(
    CoverageRow,
    `SELECT s.index_code, s.year,
            count(DISTINCT s.unit_code) FILTER (WHERE s.score IS NOT NULL) AS units_with_score,
            count(DISTINCT s.unit_code) AS units,
            string_agg(DISTINCT d.kind, ',' ORDER BY d.kind) AS kinds
     FROM scores s JOIN datasets d USING (dataset_id)
     GROUP BY s.index_code, s.year
     ORDER BY s.index_code, s.year`,
  );
}

/** Removing is allowed for imported datasets only: the bundled figures are the app's baseline. */
export function buildRemoveImportedDataset(datasetId: string): readonly Query[] {
  return [
    query(
      `DELETE FROM scores WHERE dataset_id = ? AND dataset_id IN (SELECT dataset_id FROM datasets WHERE kind = 'imported')`,
      [datasetId],
    ),
    query(`DELETE FROM datasets WHERE dataset_id = ? AND kind = 'imported'`, [datasetId]),
  ];
}

/** What DuckDB's buffer manager holds now, over all its tags: the page's data in memory. */
export function buildEngineMemory(): RowQuery<{ readonly used_bytes: number }> {
  return rowQuery(
    EngineMemoryRow,
    'SELECT COALESCE(sum(memory_usage_bytes), 0)::DOUBLE AS used_bytes FROM duckdb_memory()',
  );
}
