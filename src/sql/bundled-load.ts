import { type Query, query } from './query';

/** Bundled files are known-good (a unit test validates each one): they load straight from `read_csv`. */
const READ_OPTIONS = `header = true, all_varchar = true, delim = ',', quote = '"', escape = '"'`;

export function insertBundledDataset(
  datasetId: string,
  kind: 'published' | 'sample',
  label: string,
  fileName: string,
  source: string,
): Query {
  return query(
    `INSERT INTO datasets (dataset_id, kind, label, file_name, source, added_at, row_count)
     VALUES (?, ?, ?, ?, ?, NULL, 0)`,
    [datasetId, kind, label, fileName, source],
  );
}

export function insertBundledScores(datasetId: string, path: string, hasBlock: boolean): Query {
  const block = hasBlock ? `COALESCE(NULLIF(trim(block), ''), unit_level)` : 'unit_level';
  return query(
    `INSERT INTO scores
     SELECT ?, "index", CAST(year AS INTEGER), unit_code, unit_name, unit_level, ${block},
            component_code, component_name, TRY_CAST(score AS DOUBLE), TRY_CAST(max_score AS DOUBLE),
            TRY_CAST(rank AS INTEGER), NULL
     FROM read_csv(?, ${READ_OPTIONS})`,
    [datasetId, path],
  );
}

export function updateDatasetRowCount(datasetId: string): Query {
  return query(
    `UPDATE datasets SET row_count = (SELECT count(*) FROM scores WHERE dataset_id = ?) WHERE dataset_id = ?`,
    [datasetId, datasetId],
  );
}
