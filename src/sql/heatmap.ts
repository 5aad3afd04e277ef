import type { CellStatus, RankSource } from './ranks';

/**
 * A heatmap cell: one per unit × component of the peer group with data that year (the `in_group` rows
 * of `buildWeakScreen`). A component that does not apply to a unit (DDCI land access for departments)
 * has no cell: absent, never 0.
 */
export interface HeatmapCell {
  readonly unit_code: string;
  readonly unit_name: string;
  readonly unit_level: string;
  readonly block: string;
  readonly component_code: string;
  readonly score: number | null;
  readonly max_score: number | null;
  readonly pct_of_max: number | null;
  readonly rank: number | null;
  readonly rank_source: RankSource | null;
  readonly peer_count: number;
  readonly status: CellStatus;
  readonly previous_year: number | null;
  readonly score_change: number | null;
  readonly rank_change: number | null;
  readonly comparable: boolean | null;
  readonly rank_comparable: boolean | null;
  readonly not_comparable_reason: 'method' | 'merger' | null;
}
