import { runFacts } from '@/db/database';
import type { IndexCode } from '@/domain/catalogue';
import { buildSeries } from '@/sql/series';
import type { SeriesPoint } from '../model/types';

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
    unit: row.unit_code,
    component: row.component_code,
    year: row.year,
    score: row.score,
    rank: row.rank,
    peerCount: row.peer_count,
    status: row.status,
  }));
}
