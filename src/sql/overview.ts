import { INDEX_CODES, type IndexCode } from '@/domain/catalogue';
import { BOUND_LIST, bindList, type Query, query } from './query';
import type { CellStatus } from './ranks';
import { type ChangeFacts, changeColumns } from './yoy-deltas';

/** The overall value of every index is stored under this component code (DOMAIN.md §4). */
const TOTAL = 'TOTAL';

/** Row shape of `buildOverview`: one per index that has the home unit's total in some year. */
export interface OverviewRow extends ChangeFacts {
  readonly index_code: IndexCode;
  readonly latest_year: number;
  readonly unit_level: string;
  readonly score: number | null;
  readonly max_score: number | null;
  readonly pct_of_max: number | null;
  readonly status: CellStatus;
  readonly pct_change: number | null;
  /** 1 = top quarter of the peers … 4 = bottom (PAPI's bands are exactly these quartiles). */
  readonly peer_quartile: number | null;
}

/**
 * One card per index for the home unit: its latest total, the change from the previous year with data
 * (the card labels "vs <previous_year>"; a break makes it not comparable, it is never bridged), and its
 * rank among units of the same level. Searching further back would not help: every earlier year lies
 * across the same break.
 */
export function buildOverview(unitCode: string, indices: readonly IndexCode[] = INDEX_CODES): Query {
  return query(
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
