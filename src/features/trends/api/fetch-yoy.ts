import { runFacts } from '@/db/database';
import type { IndexCode } from '@/domain/catalogue';
import { buildYoyDeltas, type YoyRow } from '@/sql/yoy-deltas';
import type { YoyPoint } from '../model/types';

export interface YoyArgs {
  readonly index: IndexCode;
  readonly units: readonly string[];
  readonly from: number;
  readonly to: number;
  readonly peer: 'level' | 'block';
}

export function toYoyPoint(row: YoyRow): YoyPoint {
  return {
    unit: row.unit_code,
    unitName: row.unit_name,
    unitLevel: row.unit_level,
    dataScope: row.data_scope,
    component: row.component_code,
    year: row.year,
    score: row.score,
    rank: row.rank,
    peerCount: row.peer_count,
    status: row.status,
    previousYear: row.previous_year,
    previousScore: row.previous_score,
    scoreChange: row.score_change,
    pctChange: row.pct_change,
    rankChange: row.rank_change,
    comparable: row.comparable,
    rankComparable: row.rank_comparable,
    reason: row.not_comparable_reason,
  };
}

/** Year-over-year rows (adjacent years only: a gap year leaves the change empty, never a 2-year delta). */
export async function fetchYoy(args: YoyArgs): Promise<YoyPoint[]> {
  const rows = await runFacts((source) =>
    buildYoyDeltas({
      index: args.index,
      units: args.units,
      from: args.from,
      to: args.to,
      peerBy: args.peer,
      source,
    }),
  );
  return rows.map(toYoyPoint);
}
