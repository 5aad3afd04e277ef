import { type Query, query } from './query';

export interface BundledFile {
  readonly datasetId: string;
  readonly kind: 'published' | 'sample';
  readonly label: string;
  readonly fileName: string;
  readonly source: string;
  /** Where the bytes are registered (`memoryPath(...)`). */
  readonly path: string;
}

// Only placeholders are repeated into the text; every value is bound.
const placeholders = (count: number, group: string) => Array.from({ length: count }, () => group).join(', ');

/** One row per bundled dataset, in one statement. */
export function insertBundledDatasets(files: readonly Omit<BundledFile, 'path'>[]): Query {
  return query(
    `INSERT INTO datasets (dataset_id, kind, label, file_name, source, added_at)
     VALUES ${placeholders(files.length, '(?, ?, ?, ?, ?, NULL)')}`,
    files.flatMap((file) => [file.datasetId, file.kind, file.label, file.fileName, file.source]),
  );
}

/**
 * Every bundled file in one `read_csv` with explicit columns and types (one scan, one round trip to
 * the worker). Bundled files are known-good and in the published column order (a unit test validates
 * each one through the import checks), so they skip the import path; `null_padding` gives a file
 * without the optional trailing `block` column a NULL block, which defaults to the unit's level.
 */
export function insertBundledFiles(files: readonly Pick<BundledFile, 'datasetId' | 'path'>[]): Query {
  return query(
    `INSERT INTO scores
     SELECT f.dataset_id, r."index", r.year, r.unit_code, r.unit_name, r.unit_level,
            COALESCE(NULLIF(trim(r.block), ''), r.unit_level), r.component_code, r.component_name,
            r.score, r.max_score, r.rank, NULL
     FROM read_csv([${placeholders(files.length, '?')}], header = true, filename = true, null_padding = true, auto_detect = false,
                   delim = ',', quote = '"', escape = '"', columns = {
                     'index': 'VARCHAR', 'year': 'INTEGER', 'unit_code': 'VARCHAR', 'unit_name': 'VARCHAR',
                     'unit_level': 'VARCHAR', 'component_code': 'VARCHAR', 'component_name': 'VARCHAR',
                     'score': 'DOUBLE', 'max_score': 'DOUBLE', 'rank': 'INTEGER', 'block': 'VARCHAR'}) AS r
     JOIN (VALUES ${placeholders(files.length, '(?, ?)')}) AS f(path, dataset_id) ON r.filename = f.path`,
    [...files.map((file) => file.path), ...files.flatMap((file) => [file.path, file.datasetId])],
  );
}
