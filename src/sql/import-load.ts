import type { SqlParam } from '@/db/engine';
import {
  castNumber,
  ident,
  isDigits,
  isNumber,
  isPlainNumber,
  MISSING_MARKERS,
  type NumberLocale,
  readCsvCall,
  textValue,
  YEAR_GLOB,
} from './import-expressions';
import { type Query, query } from './query';
import type { StagedColumn, StagedFile } from './staged-file';

/** The registered breakpoints file: `rec,delta` rows, so that line = record index + delta. */
export function breakpointsCsv(pairs: Int32Array): Uint8Array {
  const lines = ['rec,delta'];
  for (let i = 0; i + 1 < pairs.length; i += 2) lines.push(`${pairs[i]},${pairs[i + 1]}`);
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

export interface LoadSource {
  dataPath: string;
  /** Set when record lines are not one affine run (blank lines, quoted newlines): read from this file. */
  breakpointsPath: string | null;
}

type Staged = Pick<StagedFile, 'columns' | 'delimiter' | 'lineBreakpoints' | 'trimColumns'>;

/** FROM clause giving every record as `r.*` with its physical start line as `source_line`. */
export function recordsFrom(prepared: Staged, source: LoadSource): { sql: string; params: SqlParam[] } {
  const read = `(SELECT * FROM ${readCsvCall(prepared.columns)} WITH ORDINALITY) r`;
  if (source.breakpointsPath === null) {
    return {
      sql: `(SELECT r.*, CAST(r.ordinality - 1 + ? AS INTEGER) AS source_line FROM ${read}) r`,
      params: [prepared.lineBreakpoints[1] ?? 0, source.dataPath, prepared.delimiter],
    };
  }
  const breakpoints = `read_csv(?, header = true, auto_detect = false, delim = ',', columns = {'rec': 'BIGINT', 'delta': 'INTEGER'}) bp`;
  return {
    sql: `(SELECT r.*, CAST(r.ordinality - 1 + bp.delta AS INTEGER) AS source_line FROM ${read} ASOF JOIN ${breakpoints} ON r.ordinality - 1 >= bp.rec) r`,
    params: [source.dataPath, prepared.delimiter, source.breakpointsPath],
  };
}

type Columns = Pick<StagedFile, 'columns' | 'trimColumns'>;

function has(prepared: Columns, column: StagedColumn): boolean {
  return prepared.columns.includes(column);
}

function text(prepared: Columns, column: NonNullable<StagedColumn>): string {
  return has(prepared, column) ? textValue(column, prepared.trimColumns.includes(column)) : 'NULL';
}

/** A number cell, or an SQL error that aborts the statement (the caller then diagnoses the file). */
function strictNumber(prepared: Staged & NumberLocale, column: 'score' | 'max_score'): string {
  if (!has(prepared, column)) return 'CAST(NULL AS DOUBLE)';
  const value = text(prepared, column);
  // Plain numbers first: the markers and the regex are then evaluated only for the odd cell.
  return `CASE WHEN ${value} IS NULL THEN NULL
    WHEN ${isPlainNumber(value, prepared.decimalComma)} THEN CAST(${value} AS DOUBLE)
    WHEN ${value} IN ${MISSING_MARKERS} THEN NULL
    WHEN ${isNumber(value, prepared)} THEN ${castNumber(value, prepared)}
    ELSE error('type-error') END`;
}

const INSERT_COLUMNS = `INSERT INTO scores (dataset_id, index_code, year, unit_code, unit_name, unit_level, block,
       component_code, component_name, score, max_score, rank, source_line)`;

function blockOf(prepared: Columns, unitLevel: string): string {
  return has(prepared, 'block') ? `COALESCE(${text(prepared, 'block')}, ${unitLevel})` : unitLevel;
}

/**
 * The optimistic path: one statement reads the prepared bytes and inserts every record into
 * `scores`, inside the caller's transaction. A malformed value raises an error, so a bad file costs a
 * rollback and a diagnosis, while a good 1M-row file costs one pass. Codes and ranges are checked
 * after it, in one aggregate (`countKeysAndViolations`): an error() per cell costs far more.
 */
export function insertImportedScores(
  datasetId: string,
  prepared: Staged & NumberLocale,
  source: LoadSource,
): Query {
  const from = recordsFrom(prepared, source);
  const year = text(prepared, 'year');
  const rank = text(prepared, 'rank');
  const unitLevel = text(prepared, 'unit_level');
  const block = blockOf(prepared, unitLevel);
  return query(
    `${INSERT_COLUMNS}
     SELECT ?, index_code, year, unit_code, unit_name, unit_level, block, component_code, component_name,
       score, max_score, rank, source_line
     FROM (
       SELECT ${text(prepared, 'index')} AS index_code,
         CASE WHEN ${year} GLOB ${YEAR_GLOB} THEN CAST(${year} AS INTEGER) ELSE error('type-error') END AS year,
         ${text(prepared, 'unit_code')} AS unit_code, ${text(prepared, 'unit_name')} AS unit_name,
         ${unitLevel} AS unit_level, ${block} AS block,
         ${text(prepared, 'component_code')} AS component_code, ${text(prepared, 'component_name')} AS component_name,
         ${strictNumber(prepared, 'score')} AS score, ${strictNumber(prepared, 'max_score')} AS max_score,
         CASE WHEN ${rank} IS NULL THEN NULL WHEN ${isDigits(rank)} THEN TRY_CAST(${rank} AS INTEGER)
           WHEN ${rank} IN ${MISSING_MARKERS} THEN NULL ELSE error('type-error') END AS rank,
         source_line
       FROM ${from.sql}
     )`,
    [datasetId, ...from.params],
  );
}

/**
 * The early insert of a canonical file (see EarlyHead): DuckDB's typed reader casts the numbers, with
 * no per-cell checks. Kept only when the scan confirms every number was bare digits (`plainNumbers`),
 * which such a reader reads exactly as `insertImportedScores` would; otherwise it is rolled back.
 */
export function insertCanonicalScores(
  datasetId: string,
  file: Pick<StagedFile, 'columns' | 'delimiter'>,
  dataPath: string,
): Query {
  const staged: Columns = { columns: file.columns, trimColumns: [] };
  const number = (column: 'year' | 'score' | 'max_score' | 'rank') =>
    has(staged, column) ? `r.${ident(column)}` : 'NULL';
  const unitLevel = text(staged, 'unit_level');
  return query(
    `${INSERT_COLUMNS}
     SELECT ?, ${text(staged, 'index')}, ${number('year')}, ${text(staged, 'unit_code')}, ${text(staged, 'unit_name')},
       ${unitLevel}, ${blockOf(staged, unitLevel)}, ${text(staged, 'component_code')},
       ${text(staged, 'component_name')}, ${number('score')}, ${number('max_score')}, ${number('rank')},
       CAST(r.ordinality + 1 AS INTEGER)
     FROM (SELECT * FROM ${readCsvCall(file.columns, true)} WITH ORDINALITY) r`,
    [datasetId, dataPath, file.delimiter],
  );
}
