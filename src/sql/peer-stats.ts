import type { IndexCode } from '@/domain/catalogue';
import { type Query, query } from './query';
import { inListOrAll, type PeerGroup, peerGroupFilter } from './ranks';

export interface PeerStatsOptions {
  readonly index: IndexCode;
  readonly peer: PeerGroup;
  /** Empty = every component. */
  readonly components?: readonly string[];
  readonly from: number;
  readonly to: number;
  /** The home unit, whose own score is returned beside the peers' (empty string = none). */
  readonly homeUnit?: string;
}

/** Row shape of `buildPeerStats`: one per component and year with at least one scored peer. */
export interface PeerStatsRow {
  readonly component_code: string;
  readonly year: number;
  /** Best by the component's direction (max, or min when lower is better). */
  readonly best_score: number;
  /** Units holding the best score, comma-joined (ties: all of them). */
  readonly best_units: string;
  readonly median_score: number;
  readonly best_pct_of_max: number | null;
  readonly median_pct_of_max: number | null;
  readonly scored_count: number;
  readonly home_score: number | null;
}

/** Best and median of a peer group per component and year, for "home unit vs best and median". */
export function buildPeerStats(options: PeerStatsOptions): Query {
  const group = peerGroupFilter(options.peer);
  const components = inListOrAll('component_code', options.components ?? []);
  return query(
    `WITH peers AS (
       SELECT * FROM score_facts
       WHERE peer_by = ? AND index_code = ? AND score IS NOT NULL AND ${group.text} AND ${components.text} AND year BETWEEN ? AND ?
     )
     SELECT component_code, year,
            CASE WHEN bool_and(higher_is_better) THEN max(score) ELSE min(score) END AS best_score,
            string_agg(unit_code, ',' ORDER BY unit_code) FILTER (WHERE computed_rank = 1) AS best_units,
            median(score) AS median_score,
            CASE WHEN bool_and(higher_is_better) THEN max(pct_of_max) ELSE min(pct_of_max) END AS best_pct_of_max,
            median(pct_of_max) AS median_pct_of_max,
            CAST(count(*) AS INTEGER) AS scored_count,
            max(score) FILTER (WHERE unit_code = ?) AS home_score
     FROM peers
     GROUP BY component_code, year
     ORDER BY min(sort_order), component_code, year`,
    [
      options.peer.by,
      options.index,
      ...group.params,
      ...components.params,
      options.from,
      options.to,
      options.homeUnit ?? '',
    ],
  );
}
