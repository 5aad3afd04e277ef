import { runFacts } from '@/db/database';
import type { Row } from '@/db/engine';
import type { IndexCode } from '@/domain/catalogue';
import { buildYoyDeltas } from '@/sql/yoy-deltas';
import type { YoyPoint } from '../model/types';
import { bool, num, status, str } from './row-values';

export interface YoyArgs {
  readonly index: IndexCode;
  readonly units: readonly string[];
  readonly from: number;
  readonly to: number;
  readonly peer: 'level' | 'block';
}

const REASONS = ['method', 'merger'] as const;

export function toYoyPoint(row: Row): YoyPoint {
  const reason = str(row, 'not_comparable_reason');
  return {
    unit: str(row, 'unit_code'),
    unitName: str(row, 'unit_name'),
    unitLevel: str(row, 'unit_level'),
    dataScope: str(row, 'data_scope'),
    component: str(row, 'component_code'),
    year: num(row, 'year') ?? 0,
    score: num(row, 'score'),
    rank: num(row, 'rank'),
    peerCount: num(row, 'peer_count'),
    status: status(row),
    previousYear: num(row, 'previous_year'),
    scoreChange: num(row, 'score_change'),
    pctChange: num(row, 'pct_change'),
    rankChange: num(row, 'rank_change'),
    comparable: bool(row, 'comparable'),
    rankComparable: bool(row, 'rank_comparable'),
    reason: REASONS.find((candidate) => candidate === reason) ?? null,
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
