import type * as v from 'valibot';
import type { RowQuery } from '@/db/rows';
import {
  castNumber,
  ident,
  isAmbiguousNumber,
  isNumber,
  MISSING_MARKERS,
  type NumberLocale,
  RANK_PATTERN,
  textValue,
  YEAR_PATTERN,
  YEAR_RANGE,
} from './import-expressions';
import { type LoadSource, recordsFrom } from './import-load';
import { BOUND_LIST, bindList, type Query, query, rowQuery } from './query';
import { count, optionalNumber, optionalText, row, text } from './row-columns';
import { LONG_COLUMNS, OPTIONAL_COLUMNS } from './schema';
import type { StagedFile } from './staged-file';

/** The one staging table of an import (imports run one at a time; see import-csv.ts). */
export const STAGING_TABLE = 'import_staging';
export const DROP_STAGING = `DROP TABLE IF EXISTS ${STAGING_TABLE}`;

const TEXT_COLUMNS = [...LONG_COLUMNS, ...OPTIONAL_COLUMNS] as const;

type Staged = Pick<StagedFile, 'columns' | 'delimiter' | 'lineBreakpoints' | 'trimColumns' | 'decimalComma'>;

/** Only for a file the optimistic insert refused: every cell as trimmed text, with its line. */
export function createStaging(prepared: Staged, source: LoadSource): Query {
  const from = recordsFrom(prepared, source);
  const cells = TEXT_COLUMNS.map((column) =>
    prepared.columns.includes(column)
      ? `${textValue(column, true)} AS ${ident(column)}`
      : `CAST(NULL AS VARCHAR) AS ${ident(column)}`,
  );
  return query(
    `CREATE OR REPLACE TEMP TABLE ${STAGING_TABLE} AS SELECT source_line AS line, ${cells.join(', ')} FROM ${from.sql}`,
    from.params,
  );
}

function typedNumber(column: string, locale: NumberLocale): string {
  const value = ident(column);
  return `CASE WHEN ${value} IS NULL OR ${value} IN ${MISSING_MARKERS} THEN NULL
    WHEN ${isNumber(value, locale)} THEN ${castNumber(value, locale)} END`;
}

/** Neither a number nor a marker nor ambiguous (an ambiguous cell has its own error). */
function isBadNumber(column: string, locale: NumberLocale): string {
  const value = ident(column);
  return `${value} IS NOT NULL AND ${value} NOT IN ${MISSING_MARKERS} AND NOT ${isNumber(value, locale)}
    AND NOT ${isAmbiguousNumber(value, locale)}`;
}

const REQUIRED = ['index', 'year', 'unit_code', 'unit_name', 'unit_level', 'component_code'] as const;

/** Row of `selectImportErrors`: the file's cells come back as text, to be shown only. */
export const ImportErrorRow = row({
  code: text,
  line: count,
  col: optionalText,
  value: optionalText,
  first_line: optionalNumber,
  hint: optionalText,
  total: count,
});
export type ImportErrorRow = v.InferOutput<typeof ImportErrorRow>;

/**
 * Every error of the staged file, one row each (code, line, column, value, first_line, hint), ordered
 * by line, capped at `limit`, with the total in `total`. Values come back to be shown as text only.
 */
export function selectImportErrors(
  datasetId: string,
  locale: NumberLocale,
  indexCodes: readonly string[],
  levels: readonly string[],
  limit: number,
): RowQuery<ImportErrorRow> {
  const missing = REQUIRED.map(
    (column) =>
      `SELECT 'missing-value', line, '${column}', NULL, NULL, NULL FROM s WHERE ${ident(column)} IS NULL`,
  );
  const badNumbers = (['score', 'max_score'] as const).map(
    (column) =>
      `SELECT 'type-error', line, '${column}', ${ident(column)}, NULL, NULL FROM s WHERE ${isBadNumber(column, locale)}
       UNION ALL SELECT 'ambiguous-number', line, '${column}', ${ident(column)}, NULL, NULL FROM s
         WHERE ${isAmbiguousNumber(ident(column), locale)}`,
  );
  return rowQuery(
    ImportErrorRow,
    `WITH s AS (
       SELECT *,
         CASE WHEN regexp_full_match("year", ${YEAR_PATTERN}) THEN CAST("year" AS INTEGER) END AS year_num,
         ${typedNumber('score', locale)} AS score_num,
         ${typedNumber('max_score', locale)} AS max_num,
         CASE WHEN regexp_full_match("rank", ${RANK_PATTERN}) THEN TRY_CAST("rank" AS INTEGER) END AS rank_num
       FROM ${STAGING_TABLE}
     ),
     keyed AS (
       SELECT line, struct_pack(s := score_num, m := max_num, r := rank_num) AS vals,
         first_value(line) OVER w AS first_line,
         first_value(struct_pack(s := score_num, m := max_num, r := rank_num)) OVER w AS first_vals
       FROM s WHERE "index" IS NOT NULL AND year_num IS NOT NULL AND unit_code IS NOT NULL AND component_code IS NOT NULL
       WINDOW w AS (PARTITION BY "index", year_num, unit_code, component_code ORDER BY line)
     ),
     invalid (code, line, col, value, first_line, hint) AS (
       ${missing.join('\n       UNION ALL ')}
       UNION ALL SELECT 'type-error', line, 'year', "year", NULL, NULL FROM s WHERE "year" IS NOT NULL AND year_num IS NULL
       UNION ALL ${badNumbers.join('\n       UNION ALL ')}
       UNION ALL SELECT 'type-error', line, 'rank', "rank", NULL, NULL FROM s
         WHERE "rank" IS NOT NULL AND "rank" NOT IN ${MISSING_MARKERS} AND rank_num IS NULL
       UNION ALL SELECT 'unknown-index', line, 'index', "index", NULL, NULL FROM s
         WHERE "index" IS NOT NULL AND NOT list_contains(${BOUND_LIST}, "index")
       UNION ALL SELECT 'unknown-level', line, 'unit_level', unit_level, NULL, NULL FROM s
         WHERE unit_level IS NOT NULL AND NOT list_contains(${BOUND_LIST}, unit_level)
       UNION ALL SELECT 'constraint-error', line, 'year', "year", NULL, NULL FROM s
         WHERE year_num < ${YEAR_RANGE.min} OR year_num > ${YEAR_RANGE.max}
       UNION ALL SELECT 'constraint-error', line, 'score', score, NULL, max_score FROM s
         WHERE score_num < 0 OR score_num > max_num
       UNION ALL SELECT 'constraint-error', line, 'max_score', max_score, NULL, NULL FROM s WHERE max_num <= 0
       UNION ALL SELECT 'constraint-error', line, 'rank', "rank", NULL, NULL FROM s WHERE rank_num < 1
       UNION ALL SELECT 'duplicate-key', line, NULL, NULL, first_line, NULL FROM keyed
         WHERE line <> first_line AND vals IS DISTINCT FROM first_vals
     ),
     -- A garbage value already has its error: comparing it with loaded data would report it twice.
     e AS (
       SELECT * FROM invalid
       UNION ALL SELECT 'conflicts-with-loaded', s.line, 'score', s.score, NULL, o.dataset_id
         FROM s JOIN scores o ON o.index_code = s."index" AND o.year = s.year_num AND o.unit_code = s.unit_code
           AND o.component_code = s.component_code
         WHERE o.dataset_id <> ? AND NOT (o.score IS NOT DISTINCT FROM s.score_num
           AND o.max_score IS NOT DISTINCT FROM s.max_num AND o.rank IS NOT DISTINCT FROM s.rank_num)
           AND s.line NOT IN (SELECT line FROM invalid)
     )
     SELECT code, line, col, value, first_line, hint, count(*) OVER () AS total
     FROM e ORDER BY line, code, col LIMIT ?`,
    [bindList(indexCodes), bindList(levels), datasetId, limit],
  );
}
