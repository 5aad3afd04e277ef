import type * as v from 'valibot';
import type { RowQuery } from '@/db/rows';
import { INDEX_CODES, type IndexCode } from '@/domain/catalogue';
import { BOUND_LIST, bindList, rowQuery } from './query';
import { cellStatus, count, indexCode, optionalNumber, row, text } from './row-columns';
import { CHANGE_FACTS, changeColumns } from './yoy-deltas';

/** The overall value of every index is stored under this component code (DOMAIN.md §4). */
const TOTAL = 'TOTAL';

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
    `WITH latest AS (
       SELECT *, ${changeColumns('previous-available')} FROM score_facts
       WHERE peer_by = 'level' AND index_code IN (SELECT unnest(${BOUND_LIST})) AND unit_code = ?
         AND component_code = ?
       QUALIFY row_number() OVER (PARTITION BY index_code ORDER BY year DESC) = 1
     )
     SELECT index_code, year AS latest_year, unit_level, score, max_score, pct_of_max, status, previous_year,
            score_change, pct_change, comparable, not_comparable_reason, rank, rank_source, previous_rank,
            rank_change, rank_comparable, peer_count,
            CASE WHEN rank IS NOT NULL AND peer_count > 0 THEN CAST(ceil(4.0 * rank / peer_count) AS INTEGER) END
              AS peer_quartile
     FROM latest
     ORDER BY list_position(${BOUND_LIST}, index_code)`,
    [bindList(indices), unitCode, TOTAL, bindList(indices)],
  );
}
