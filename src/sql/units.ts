import type * as v from 'valibot';
import type { RowQuery } from '@/db/rows';
import { rowQuery } from './query';
import { count, row, text } from './row-columns';

/** Years a unit's list of years is kept for as bits of one UBIGINT (the import takes 1990 to 2100). */
const YEAR_BITS_FROM = 1990;
const YEAR_BITS_TO = YEAR_BITS_FROM + 63;

/**
 * Every unit once: its latest name, the levels and years it has, the indices that score it.
 * A view, so imported data shows up without a refresh. Lists are comma-joined text (rows hold no
 * arrays); `splitList` turns them back.
 *
 * One pass over `scores` with plain aggregates: nearly every unit has one level and one index (min =
 * max) and its years fit the bits of one integer, so only the few units with several levels or
 * indices (or a year outside those bits) take the DISTINCT aggregates, over their own rows. Those
 * three DISTINCT aggregates over every row made the list 3× slower after a 1,000,000-row import,
 * which is what every screen reads again after it. Same rows as those aggregates
 * (test/unit/sql/units.test.ts): years are four digits here, so their text order is their number order.
 */
export const UNITS_VIEW_STATEMENT = `CREATE OR REPLACE VIEW units AS
  WITH base AS MATERIALIZED (
    SELECT unit_code, arg_max(unit_name, year) AS unit_name,
           min(unit_level) AS first_level, max(unit_level) AS last_level,
           min(index_code) AS first_index, max(index_code) AS last_index,
           bit_or(CASE WHEN year BETWEEN ${YEAR_BITS_FROM} AND ${YEAR_BITS_TO}
                       THEN CAST(1 AS UBIGINT) << CAST(year - ${YEAR_BITS_FROM} AS UBIGINT) END) AS year_bits,
           min(year) AS first_year, max(year) AS last_year
    FROM scores GROUP BY unit_code
  ),
  mixed AS (
    SELECT s.unit_code, string_agg(DISTINCT s.unit_level, ',' ORDER BY s.unit_level) AS levels,
           string_agg(DISTINCT CAST(s.year AS VARCHAR), ',' ORDER BY CAST(s.year AS VARCHAR)) AS years,
           string_agg(DISTINCT s.index_code, ',' ORDER BY s.index_code) AS indices
    FROM scores s
    SEMI JOIN (
      SELECT unit_code FROM base
      WHERE first_level <> last_level OR first_index <> last_index
         OR first_year < ${YEAR_BITS_FROM} OR last_year > ${YEAR_BITS_TO}
    ) b ON b.unit_code = s.unit_code
    GROUP BY s.unit_code
  )
  SELECT b.unit_code, b.unit_name, COALESCE(m.levels, b.first_level) AS levels,
         COALESCE(m.years, array_to_string(list_transform(
           list_filter(range(0, 64), (bit) -> (b.year_bits >> CAST(bit AS UBIGINT)) & CAST(1 AS UBIGINT) = 1),
           (bit) -> CAST(${YEAR_BITS_FROM} + bit AS VARCHAR)), ',')) AS years,
         b.first_year, b.last_year, COALESCE(m.indices, b.first_index) AS indices
  FROM base b LEFT JOIN mixed m USING (unit_code)`;

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
