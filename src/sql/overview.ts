import type * as v from 'valibot';
import type { RowQuery } from '@/db/rows';
import { INDEX_CODES, type IndexCode } from '@/domain/catalogue';
import { BOUND_LIST, bindList, rowQuery } from './query';
import { cellStatus, count, indexCode, optionalNumber, row, text } from './row-columns';
import { CHANGE_FACTS, changeColumns } from './yoy-deltas';

/**
 * The head every overview query starts from: the home unit's total of each index (score_facts, peers
 * by level; the overall value is stored under component TOTAL, DOMAIN.md §4). Binds the index list,
 * then the unit.
 */
export function homeTotals(columns: string): string {
  return `SELECT ${columns} FROM score_facts
       WHERE peer_by = 'level' AND index_code IN (SELECT unnest(${BOUND_LIST})) AND unit_code = ?
         AND component_code = 'TOTAL'`;
}

/** Keeps each index's latest year of the home unit's totals. */
export const LATEST_PER_INDEX = 'QUALIFY row_number() OVER (PARTITION BY index_code ORDER BY year DESC) = 1';

/** Join condition: `f` is a total of a unit among the same peers (index, level, data scope) as `m`. */
export function samePeerTotals(f: string, m: string): string {
  return `${f}.peer_by = 'level' AND ${f}.index_code = ${m}.index_code AND ${f}.unit_level = ${m}.unit_level
         AND ${f}.data_scope = ${m}.data_scope AND ${f}.component_code = 'TOTAL'`;
}

/** Row of `buildOverview`: one per index that has the home unit's total in some year. */
export const OverviewRow = row({
  ...CHANGE_FACTS,
  index_code: indexCode,
  latest_year: count,
  unit_level: text,
  score: optionalNumber,
  max_score: optionalNumber,
  pct_of_max: optionalNumber,
  status: cellStatus,
  pct_change: optionalNumber,
  /** 1 = top quarter of the peers … 4 = bottom (PAPI's bands are exactly these quartiles). */
  peer_quartile: optionalNumber,
});
export type OverviewRow = v.InferOutput<typeof OverviewRow>;

/**
 * One card per index for the home unit: its latest total, the change from the previous year with data
 * (the card labels "vs <previous_year>"; a break makes it not comparable, it is never bridged), and its
 * rank among units of the same level. Searching further back would not help: every earlier year lies
 * across the same break.
 */
export function buildOverview(
  unitCode: string,
  indices: readonly IndexCode[] = INDEX_CODES,
): RowQuery<OverviewRow> {
  return rowQuery(
    OverviewRow,
    `WITH latest AS (${homeTotals(`*, ${changeColumns('previous-available')}`)} ${LATEST_PER_INDEX})
     SELECT index_code, year AS latest_year, unit_level, score, max_score, pct_of_max, status, previous_year,
            score_change, pct_change, comparable, not_comparable_reason, rank, rank_source, previous_rank,
            rank_change, rank_comparable, peer_count,
            CASE WHEN rank IS NOT NULL AND peer_count > 0 THEN CAST(ceil(4.0 * rank / peer_count) AS INTEGER) END
              AS peer_quartile
     FROM latest
     ORDER BY list_position(${BOUND_LIST}, index_code)`,
    [bindList(indices), unitCode, bindList(indices)],
  );
}
