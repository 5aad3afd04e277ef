import { runFacts } from '@/db/database';
import type { IndexCode } from '@/domain/catalogue';
import { buildSeries } from '@/sql/series';
import type { SeriesPoint } from '../model/types';
import { num, status, str } from './row-values';

export interface SeriesArgs {
  readonly index: IndexCode;
  readonly units: readonly string[];
  readonly from: number;
  readonly to: number;
  readonly peer: 'level' | 'block';
}

/** Every component of the chosen units: choosing components filters in memory, without a query. */
export async function fetchSeries(args: SeriesArgs): Promise<SeriesPoint[]> {
  const rows = await runFacts((source) =>
    buildSeries({
      index: args.index,
      units: args.units,
      from: args.from,
      to: args.to,
      peerBy: args.peer,
      source,
    }),
  );
  return rows.map((row) => ({
    unit: str(row, 'unit_code'),
    component: str(row, 'component_code'),
    year: num(row, 'year') ?? 0,
    score: num(row, 'score'),
    rank: num(row, 'rank'),
    peerCount: num(row, 'peer_count'),
    status: status(row),
  }));
}
