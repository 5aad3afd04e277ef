import { runFacts } from '@/db/database';
import type { IndexCode } from '@/domain/catalogue';
import { buildHomePeerStats } from '@/sql/trends-extra';
import type { PeerPoint } from '../model/types';

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
    component: row.component_code,
    year: row.year,
    best: row.best_score,
    bestUnits: row.best_units?.split(',') ?? [],
    median: row.median_score,
    count: row.scored_count,
    home: row.home_score,
  }));
}
