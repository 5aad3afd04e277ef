import type { IndexCode } from '@/domain/catalogue';
import { type Query, query } from './query';
import { type CellStatus, type PeerGroup, peerGroupFilter, type RankSource } from './ranks';
import { changeColumns, type GapPolicy } from './yoy-deltas';

export interface HeatmapOptions {
  readonly index: IndexCode;
  readonly year: number;
  readonly peer: PeerGroup;
  readonly gapPolicy?: GapPolicy;
}

/**
 * Row shape of `buildHeatmap`: one cell per unit × component with data that year. A component that
 * does not apply to a unit (DDCI land access for departments) has no cell: absent, never 0.
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

/** Heatmap of one index, year and peer group (a level, or a block within it), ranks among that group. */
export function buildHeatmap(options: HeatmapOptions): Query {
  const group = peerGroupFilter(options.peer);
  return query(
    `SELECT unit_code, unit_name, unit_level, block, component_code, score, max_score, pct_of_max, rank,
            rank_source, peer_count, status, previous_year, score_change, rank_change, comparable,
            rank_comparable, not_comparable_reason
     FROM (SELECT *, ${changeColumns(options.gapPolicy ?? 'adjacent')} FROM score_facts
           WHERE peer_by = ? AND index_code = ? AND year = ? AND ${group.text})
     ORDER BY unit_code, sort_order, component_code`,
    [options.peer.by, options.index, options.year, ...group.params],
  );
}
