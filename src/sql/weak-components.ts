import type * as v from 'valibot';
import type { SqlParam } from '@/db/engine';
import type { IndexCode } from '@/domain/catalogue';
import { BOUND_LIST, bindList } from './query';
import { type Fragment, type PeerBy, peerPartition } from './ranks';
import {
  count,
  flag,
  notComparableReason,
  optionalFlag,
  optionalNumber,
  RANKED_SCORE,
  type row,
  text,
} from './row-columns';
import { changeColumns, type GapPolicy } from './yoy-deltas';

/** How "low" is judged: below a % of max, below the peers' median, or in the peers' bottom quartile. */
export type LowMode = 'pct' | 'median' | 'quartile';

export interface WeakCriteria {
  readonly lowMode: LowMode;
  /** % of max (0–100); used by `pct` only. Strictly below is low: exactly at the threshold is not. */
  readonly lowThreshold: number;
  /** Falling also when the rank dropped by at least this many places (rank changes that count only). */
  readonly fallRankPlaces: number;
  readonly gapPolicy?: GapPolicy;
}

/** The weak-points screen's default rules, which the briefing states too: below the peers' median, or down 3 places. */
export const DEFAULT_WEAK_CRITERIA: WeakCriteria = { lowMode: 'median', lowThreshold: 50, fallRankPlaces: 3 };

// Scores are oriented (higher = better) so one comparison serves both directions; a lower-is-better
// component's "% of max" is read as 100 − %. Bottom quartile = below the peers' 25th percentile.
const LOW_CONDITION: Record<LowMode, string> = {
  pct: '(CASE WHEN higher_is_better THEN pct_of_max ELSE 100 - pct_of_max END) < ?',
  median: 'oscore < median_oscore',
  quartile: 'oscore < q1_oscore',
};
const LOW_REASON: Record<LowMode, string> = {
  pct: "'low_pct'",
  median: "'low_median'",
  quartile: "'low_quartile'",
};

/**
 * CTEs ending in `weak`: every unit × component of one year with its flags, judged among its peers.
 * `rows` (a fixed condition on `score_facts`, its values bound) narrows the rows to whole peer groups,
 * as the briefing does to read the weak points of every index of one unit in one statement.
 */
export function weakCtes(
  index: IndexCode | readonly IndexCode[],
  year: number,
  peerBy: PeerBy,
  criteria: WeakCriteria,
  rows: Fragment = { text: 'true', params: [] },
): Fragment {
  const lowParams: SqlParam[] = criteria.lowMode === 'pct' ? [criteria.lowThreshold] : [];
  // One index is an equality DuckDB pushes into the scan; several are a bound list.
  const indices =
    typeof index === 'string'
      ? { text: 'index_code = ?', params: [index] }
      : { text: `index_code IN (SELECT unnest(${BOUND_LIST}))`, params: [bindList(index)] };
  return {
    text: `year_rows AS (
      SELECT *, CASE WHEN higher_is_better THEN score ELSE -score END AS oscore,
             CASE WHEN higher_is_better THEN pct_of_max ELSE 100 - pct_of_max END AS opct,
             ${changeColumns(criteria.gapPolicy ?? 'adjacent')}
      FROM score_facts WHERE peer_by = ? AND ${indices.text} AND year = ? AND ${rows.text}
    ),
    stats AS (
      SELECT *, max(oscore) OVER p AS best_oscore, median(oscore) OVER p AS median_oscore,
             quantile_cont(oscore, 0.25) OVER p AS q1_oscore, max(opct) OVER p AS best_opct
      FROM year_rows WINDOW p AS (PARTITION BY ${peerPartition(peerBy)})
    ),
    judged_weak AS (
      SELECT *,
        COALESCE(${LOW_CONDITION[criteria.lowMode]}, false) AS is_low,
        COALESCE(counted AND comparable AND oscore < CASE WHEN higher_is_better THEN previous_score
                                                        ELSE -previous_score END, false) AS fell_score,
        COALESCE(rank_change <= -?, false) AS fell_rank
      FROM stats
    ),
    weak AS (
      SELECT *, fell_score OR fell_rank AS is_falling,
        concat_ws(',', CASE WHEN is_low THEN ${LOW_REASON[criteria.lowMode]} END,
                  CASE WHEN fell_score THEN 'falling_score' END, CASE WHEN fell_rank THEN 'falling_rank' END)
          AS reasons,
        CASE WHEN higher_is_better THEN best_oscore ELSE -best_oscore END AS best_score,
        CASE WHEN higher_is_better THEN median_oscore ELSE -median_oscore END AS median_score,
        CASE WHEN higher_is_better THEN q1_oscore ELSE -q1_oscore END AS q1_score,
        best_oscore - oscore AS points_lost, best_opct - opct AS pct_points_lost
      FROM judged_weak
    )`,
    params: [peerBy, ...indices.params, year, ...rows.params, ...lowParams, criteria.fallRankPlaces],
  };
}

export const WEAK_COLUMNS = `unit_code, unit_name, unit_level, block, component_code, year, score, max_score, pct_of_max,
  rank, rank_source, peer_count, previous_year, previous_score, score_change, rank_change, comparable,
  rank_comparable, not_comparable_reason, falling_streak, best_score, median_score, q1_score, points_lost,
  pct_points_lost, is_low, is_falling, fell_score, fell_rank, reasons`;

/** A judged row of `weak`: the weak points and priority list of `buildWeakScreen`, the briefing's weak points. */
export const WEAK_ROW = {
  unit_code: text,
  unit_name: text,
  unit_level: text,
  block: text,
  component_code: text,
  year: count,
  ...RANKED_SCORE,
  peer_count: count,
  previous_year: optionalNumber,
  previous_score: optionalNumber,
  score_change: optionalNumber,
  rank_change: optionalNumber,
  comparable: optionalFlag,
  rank_comparable: optionalFlag,
  not_comparable_reason: notComparableReason,
  falling_streak: count,
  best_score: optionalNumber,
  median_score: optionalNumber,
  /** The peers' 25th percentile: below it = bottom quartile. */
  q1_score: optionalNumber,
  /** Points behind the best peer (0 for the best); pct_points_lost is the same in % of max. */
  points_lost: optionalNumber,
  pct_points_lost: optionalNumber,
  is_low: flag,
  is_falling: flag,
  fell_score: flag,
  fell_rank: flag,
  /** Comma-joined: low_pct | low_median | low_quartile, falling_score, falling_rank ('' = none). */
  reasons: text,
} as const;
export type WeakRow = v.InferOutput<ReturnType<typeof row<typeof WEAK_ROW>>>;
