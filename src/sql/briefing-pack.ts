import { type Query, query } from './query';

const TOTAL = 'TOTAL';

/** Row of `buildPackGroups`: a block (a province's own grouping, or a level when the data has none). */
export interface PackGroupRow {
  readonly block: string;
  readonly unit_level: string;
  /** Comma-joined years with a total in the block, newest first. */
  readonly years: string;
}

/**
 * The blocks a council pack can print: each block's level (its latest) and its years with a total.
 * A unit belongs to one block per year, so the pack reads its units per block and year.
 */
export function buildPackGroups(): Query {
  return query(
    `SELECT block, arg_max(unit_level, year) AS unit_level,
            string_agg(DISTINCT CAST(year AS VARCHAR), ',' ORDER BY CAST(year AS VARCHAR) DESC) AS years
     FROM scores WHERE component_code = ?
     GROUP BY block
     ORDER BY block`,
    [TOTAL],
  );
}

/** Row of `buildPackUnits`. */
export interface PackUnitRow {
  readonly unit_code: string;
  readonly unit_name: string;
}

/** The units of one block with a total in one year: one page each in the council pack. */
export function buildPackUnits(block: string, year: number): Query {
  return query(
    `SELECT unit_code, arg_max(unit_name, year) AS unit_name FROM scores
     WHERE block = ? AND year = ? AND component_code = ?
     GROUP BY unit_code
     ORDER BY unit_code`,
    [block, year, TOTAL],
  );
}
