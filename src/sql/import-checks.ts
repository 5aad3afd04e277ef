import type * as v from 'valibot';
import type { RowQuery } from '@/db/rows';
import { YEAR_RANGE } from './import-expressions';
import { BOUND_LIST, bindList, type Query, query, rowQuery } from './query';
import { count, row, text } from './row-columns';

const KEY = 'index_code, year, unit_code, component_code';
const SAME_KEY =
  'o.index_code = n.index_code AND o.year = n.year AND o.unit_code = n.unit_code AND o.component_code = n.component_code';
const SAME_VALUES =
  'o.score IS NOT DISTINCT FROM n.score AND o.max_score IS NOT DISTINCT FROM n.max_score AND o.rank IS NOT DISTINCT FROM n.rank';

/** Rows with an unknown code or a value out of range; the two lists are bound first. */
const VIOLATIONS = `count(*) FILTER (WHERE NOT list_contains(${BOUND_LIST}, index_code)
  OR NOT list_contains(${BOUND_LIST}, unit_level) OR year NOT BETWEEN ${YEAR_RANGE.min} AND ${YEAR_RANGE.max}
  OR score < 0 OR score > max_score OR max_score <= 0 OR rank < 1) AS violations`;

/** Row of `countKeysAndViolations`. */
const KeysAndViolationsRow = row({ row_count: count, key_count: count, violations: count });
/** Row of `countViolations`. */
const ViolationsRow = row({ violations: count });
/** Row of `countImportProblems` and `countLoadedConflicts`: problems refuse, identical rows are dropped. */
const ImportProblemsRow = row({ problems: count, identical_in_file: count, identical_loaded: count });
export type ImportProblemsRow = v.InferOutput<typeof ImportProblemsRow>;
/** Row of `selectUnitNameMismatches`. */
const NameMismatchRow = row({ unit_code: text, line: count });
/** Row of `selectImportedCoverage`. */
const CoverageRow = row({
  index_code: text,
  component_code: text,
  year: count,
  line: count,
  row_count: count,
});
export type CoverageRow = v.InferOutput<typeof CoverageRow>;

/** Codes a row may carry; anything else is refused. */
export interface AllowedCodes {
  readonly indexCodes: readonly string[];
  readonly levels: readonly string[];
}

/**
 * One pass over the new dataset. `violations`: rows with an unknown index or level, an implausible
 * year, or a score, maximum or rank out of range (non-zero: rollback and diagnosis). `key_count`:
 * distinct 64-bit hashes of the key, a third of the cost of grouping by the four columns; equal to
 * `row_count` it proves every key distinct, a difference (a repeat, or a hash collision) sends the
 * import to the exact check below.
 */
export function countKeysAndViolations(
  datasetId: string,
  allowed: AllowedCodes,
): RowQuery<v.InferOutput<typeof KeysAndViolationsRow>> {
  return rowQuery(
    KeysAndViolationsRow,
    `SELECT count(*) AS row_count, count(DISTINCT hash(${KEY})) AS key_count, ${VIOLATIONS}
     FROM scores WHERE dataset_id = ?`,
    [bindList(allowed.indexCodes), bindList(allowed.levels), datasetId],
  );
}

/** `countKeysAndViolations` without the key count, for a file whose scan proved its keys distinct. */
export function countViolations(
  datasetId: string,
  allowed: AllowedCodes,
): RowQuery<v.InferOutput<typeof ViolationsRow>> {
  return rowQuery(ViolationsRow, `SELECT ${VIOLATIONS} FROM scores WHERE dataset_id = ?`, [
    bindList(allowed.indexCodes),
    bindList(allowed.levels),
    datasetId,
  ]);
}

/** `countImportProblems` when every key of the file is known to be distinct: only the other datasets. */
export function countLoadedConflicts(datasetId: string): RowQuery<ImportProblemsRow> {
  return rowQuery(
    ImportProblemsRow,
    `WITH n AS (SELECT ${KEY}, score, max_score, rank FROM scores WHERE dataset_id = ?)
     SELECT count(*) FILTER (WHERE NOT (${SAME_VALUES})) AS problems, 0 AS identical_in_file,
       count(*) FILTER (WHERE ${SAME_VALUES}) AS identical_loaded
     FROM n JOIN scores o ON ${SAME_KEY} WHERE o.dataset_id <> ?`,
    [datasetId, datasetId],
  );
}

/**
 * After the optimistic insert (which already refused malformed, out-of-range and unknown values):
 * keys repeated in the file and keys another dataset already holds. Non-zero `problems` means
 * rollback and diagnosis; `identical_*` count rows to drop silently (reported, not errors).
 * Repeated keys are rare, so values are compared only for them, after a cheap count per key.
 */
export function countImportProblems(datasetId: string): RowQuery<ImportProblemsRow> {
  return rowQuery(
    ImportProblemsRow,
    `WITH n AS (SELECT ${KEY}, score, max_score, rank FROM scores WHERE dataset_id = ?),
     repeated AS (SELECT ${KEY} FROM n GROUP BY ${KEY} HAVING count(*) > 1),
     dup AS (
       SELECT count(*) AS copies, count(DISTINCT struct_pack(s := score, m := max_score, r := rank)) AS variants
       FROM n SEMI JOIN repeated USING (${KEY}) GROUP BY ${KEY}
     ),
     loaded AS (
       SELECT count(*) FILTER (WHERE NOT (${SAME_VALUES})) AS conflicts, count(*) FILTER (WHERE ${SAME_VALUES}) AS same
       FROM n JOIN scores o ON ${SAME_KEY} WHERE o.dataset_id <> ?
     )
     SELECT (SELECT count(*) FROM dup WHERE variants > 1) + (SELECT conflicts FROM loaded) AS problems,
       (SELECT CAST(COALESCE(sum(copies - 1), 0) AS BIGINT) FROM dup) AS identical_in_file,
       (SELECT same FROM loaded) AS identical_loaded`,
    [datasetId, datasetId],
  );
}

/** Keeps the first of rows repeated with the same key and values inside the file. */
export function deleteRepeatedRows(datasetId: string): Query {
  return query(
    `DELETE FROM scores WHERE dataset_id = ? AND rowid IN (
       SELECT rowid FROM (
         SELECT rowid, row_number() OVER (PARTITION BY ${KEY} ORDER BY source_line) AS copy
         FROM scores WHERE dataset_id = ?
       ) WHERE copy > 1
     )`,
    [datasetId, datasetId],
  );
}

/** Drops new rows that another dataset already holds with the same values. */
export function deleteRowsAlreadyLoaded(datasetId: string): Query {
  return query(
    `DELETE FROM scores n WHERE n.dataset_id = ? AND EXISTS (
       SELECT 1 FROM scores o WHERE o.dataset_id <> ? AND ${SAME_KEY} AND ${SAME_VALUES}
     )`,
    [datasetId, datasetId],
  );
}

/** Unit codes that carry more than one name in the file, with the line where each code first appears. */
export function selectUnitNameMismatches(datasetId: string): RowQuery<v.InferOutput<typeof NameMismatchRow>> {
  return rowQuery(
    NameMismatchRow,
    `SELECT unit_code, min(source_line) AS line FROM scores WHERE dataset_id = ?
     GROUP BY unit_code HAVING min(unit_name) <> max(unit_name) ORDER BY line`,
    [datasetId],
  );
}

/** What the new dataset covers: each (index, component, year) once, with its first line. */
export function selectImportedCoverage(datasetId: string): RowQuery<CoverageRow> {
  return rowQuery(
    CoverageRow,
    `SELECT index_code, component_code, year, min(source_line) AS line, count(*) AS row_count
     FROM scores WHERE dataset_id = ? GROUP BY index_code, component_code, year ORDER BY line`,
    [datasetId],
  );
}

export function insertImportedDataset(
  datasetId: string,
  label: string,
  fileName: string,
  addedAt: string,
  contentHash: string | null,
): Query {
  return query(
    `INSERT INTO datasets (dataset_id, kind, label, file_name, source, added_at, content_hash)
     VALUES (?, 'imported', ?, ?, NULL, ?, ?)`,
    [datasetId, label, fileName, addedAt, contentHash],
  );
}

/** The dataset already holding a file of this content, if any (its label names it to the user). */
export function selectDatasetByContent(contentHash: string): RowQuery<{ readonly label: string }> {
  return rowQuery(
    row({ label: text }),
    'SELECT label FROM datasets WHERE content_hash = ? ORDER BY added_at LIMIT 1',
    [contentHash],
  );
}

/** `n` is 1 when a dataset of this id is loaded, else 0. */
export function selectDatasetExists(datasetId: string): RowQuery<{ readonly n: number }> {
  return rowQuery(row({ n: count }), 'SELECT count(*) AS n FROM datasets WHERE dataset_id = ?', [datasetId]);
}

export const BEGIN = 'BEGIN TRANSACTION';
export const COMMIT = 'COMMIT';
export const ROLLBACK = 'ROLLBACK';
