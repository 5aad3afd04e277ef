import type * as v from 'valibot';
import type { RowQuery } from '@/db/rows';
import { rowQuery } from './query';
import { count, row, text } from './row-columns';

/**
 * Every unit once: its latest name, the levels and years it has, the indices that score it.
 * A view, so imported data shows up without a refresh. Lists are comma-joined text (rows hold no
 * arrays); `splitList` turns them back.
 */
export const UNITS_VIEW_STATEMENT = `CREATE OR REPLACE VIEW units AS
  SELECT unit_code, arg_max(unit_name, year) AS unit_name,
         string_agg(DISTINCT unit_level, ',' ORDER BY unit_level) AS levels,
         string_agg(DISTINCT CAST(year AS VARCHAR), ',' ORDER BY CAST(year AS VARCHAR)) AS years,
         min(year) AS first_year, max(year) AS last_year,
         string_agg(DISTINCT index_code, ',' ORDER BY index_code) AS indices
  FROM scores GROUP BY unit_code`;

/** Row of `buildUnitList`: the lists are comma-joined (`splitList`). */
export const UnitRow = row({
  unit_code: text,
  unit_name: text,
  levels: text,
  years: text,
  first_year: count,
  last_year: count,
  indices: text,
});
export type UnitRow = v.InferOutput<typeof UnitRow>;

export function splitList(list: string | null): string[] {
  return list ? list.split(',') : [];
}

/** All units, optionally of one level (empty string = all). Sort by name in TS (Vietnamese collation). */
export function buildUnitList(level = ''): RowQuery<UnitRow> {
  return rowQuery(
    UnitRow,
    `SELECT unit_code, unit_name, levels, years, first_year, last_year, indices FROM units
     WHERE ? = '' OR list_contains(string_split(levels, ','), ?)
     ORDER BY unit_code`,
    [level, level],
  );
}
