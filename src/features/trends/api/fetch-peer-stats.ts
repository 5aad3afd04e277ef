import { runFacts } from '@/db/database';
import type { IndexCode } from '@/domain/catalogue';
import { buildHomePeerStats } from '@/sql/trends-extra';
import type { PeerPoint } from '../model/types';
import { num, str } from './row-values';

export interface PeerArgs {
  readonly index: IndexCode;
  readonly homeUnit: string;
  readonly from: number;
  readonly to: number;
  readonly peer: 'level' | 'block';
}

export async function fetchPeerStats(args: PeerArgs): Promise<PeerPoint[]> {
  const rows = await runFacts((source) =>
    buildHomePeerStats({
      source,
      index: args.index,
      homeUnit: args.homeUnit,
      peerBy: args.peer,
      from: args.from,
      to: args.to,
    }),
  );
  return rows.map((row) => ({
    component: str(row, 'component_code'),
    year: num(row, 'year') ?? 0,
    best: num(row, 'best_score') ?? 0,
    bestUnits: str(row, 'best_units').split(',').filter(Boolean),
    median: num(row, 'median_score') ?? 0,
    count: num(row, 'scored_count') ?? 0,
    home: num(row, 'home_score'),
  }));
}
