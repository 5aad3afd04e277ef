import type { SeriesRow } from '@/sql/series';
import type { HomePeerStatsRow, LevelPeerStatsRow } from '@/sql/trends-extra';
import type { YoyRow } from '@/sql/yoy-deltas';

/** Rows as the trends queries return them, every column filled: a test names only what it is about. */
export function seriesRow(row: Partial<SeriesRow> & Pick<SeriesRow, 'unit_code' | 'year'>): SeriesRow {
  const score = row.score ?? null;
  return {
    component_code: 'TOTAL',
    score,
    max_score: 100,
    pct_of_max: score,
    rank: null,
    rank_source: null,
    peer_count: null,
    status: score === null ? 'missing' : 'scored',
    ...row,
  };
}

export function yoyRow(row: Partial<YoyRow> & Pick<YoyRow, 'unit_code' | 'year'>): YoyRow {
  const score = row.score ?? null;
  return {
    unit_name: row.unit_code,
    unit_level: 'province',
    data_scope: 'published',
    component_code: 'TOTAL',
    score,
    max_score: 100,
    pct_of_max: score,
    status: score === null ? 'missing' : 'scored',
    rank: null,
    rank_source: null,
    peer_count: 63,
    previous_year: null,
    previous_score: null,
    previous_rank: null,
    score_change: null,
    pct_change: null,
    rank_change: null,
    comparable: null,
    rank_comparable: null,
    not_comparable_reason: null,
    falling_streak: 0,
    ...row,
  };
}

export function peerGroup(
  row: Partial<LevelPeerStatsRow> & Pick<LevelPeerStatsRow, 'year'>,
): LevelPeerStatsRow {
  return {
    unit_level: 'province',
    data_scope: 'published',
    component_code: 'TOTAL',
    best_score: 0,
    best_units: null,
    median_score: 0,
    scored_count: 0,
    ...row,
  };
}

export function homePeers(row: Partial<HomePeerStatsRow> & Pick<HomePeerStatsRow, 'year'>): HomePeerStatsRow {
  const { unit_level: _level, data_scope: _scope, ...stats } = peerGroup(row);
  return { ...stats, home_score: null, ...row };
}
