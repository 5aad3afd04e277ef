import type * as v from 'valibot';
import type { RowQuery } from '@/db/rows';
import { rowQuery } from './query';
import { row, text, yearList } from './row-columns';

const TOTAL = 'TOTAL';

/** Row of `buildPackGroups`: a block (a province's own grouping, or a level when the data has none). */
export const PackGroupRow = row({
  block: text,
  unit_level: text,
  /** Years with a total in the block, newest first. */
  years: yearList,
});
export type PackGroupRow = v.InferOutput<typeof PackGroupRow>;

/**
 * The blocks a council pack can print: each block's level (its latest) and its years with a total.
 * A unit belongs to one block per year, so the pack reads its units per block and year.
 */
export function buildPackGroups(): RowQuery<PackGroupRow> {
  return rowQuery(
    PackGroupRow,
    `SELECT block, arg_max(unit_level, year) AS unit_level,
            string_agg(DISTINCT CAST(year AS VARCHAR), ',' ORDER BY CAST(year AS VARCHAR) DESC) AS years
     FROM scores WHERE component_code = ?
     GROUP BY block
     ORDER BY block`,
    [TOTAL],
  );
}

/** Row of `buildPackUnits`. */
export const PackUnitRow = row({ unit_code: text, unit_name: text });
export type PackUnitRow = v.InferOutput<typeof PackUnitRow>;

/** The units of one block with a total in one year: one page each in the council pack. */
export function buildPackUnits(block: string, year: number): RowQuery<PackUnitRow> {
  return rowQuery(
    PackUnitRow,
    `SELECT unit_code, arg_max(unit_name, year) AS unit_name FROM scores
     WHERE block = ? AND year = ? AND component_code = ?
     GROUP BY unit_code
     ORDER BY unit_code`,
    [block, year, TOTAL],
  );
}
