import type * as v from 'valibot';
import type { RowQuery } from '@/db/rows';
import { type Query, query, rowQuery } from './query';
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

/** The same fold as `foldForSearch` (src/domain/text.ts), in SQL; `column` is a fixed name. */
function searchFold(column: string): string {
  return `trim(regexp_replace(lower(strip_accents(replace(replace(${column}, 'đ', 'd'), 'Đ', 'D'))), '[^a-z0-9]+', ' ', 'g'))`;
}

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

/** Row of `buildUnitSearch`: `match` says whether the unit's own name or a predecessor's name matched. */
export interface UnitSearchRow {
  readonly unit_code: string;
  readonly unit_name: string;
  readonly match: 'name' | 'predecessor';
  readonly via_code: string | null;
  readonly via_name: string | null;
  readonly effective_year: number | null;
}

/**
 * Units whose name contains `folded` (already passed through `foldForSearch`), plus, through the lineage
 * table, the successors of units whose old name matches ("quang binh" → Quảng Trị, with a note).
 */
export function buildUnitSearch(folded: string): Query {
  return query(
    `SELECT unit_code, unit_name, 'name' AS match, NULL AS via_code, NULL AS via_name, NULL AS effective_year
     FROM units WHERE contains(${searchFold('unit_name')}, ?)
     UNION ALL
     SELECT l.new_code, COALESCE(l.new_name, u.unit_name, l.new_code), 'predecessor', l.old_code,
            COALESCE(l.old_name, l.old_code), l.effective_year
     FROM lineage l LEFT JOIN units u ON u.unit_code = l.new_code
     WHERE l.old_code <> l.new_code AND contains(${searchFold('COALESCE(l.old_name, l.old_code)')}, ?)
     ORDER BY match, unit_code`,
    [folded, folded],
  );
}
