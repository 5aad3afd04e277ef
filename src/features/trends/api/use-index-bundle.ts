import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { runFacts } from '@/db/database';
import type { IndexCode } from '@/domain/catalogue';
import { buildLevelPeerStats } from '@/sql/trends-extra';
import type { IndexBundle, LevelPeerGroup } from '../model/index-bundle';
import { fetchSeries } from './fetch-series';
import { fetchYoy } from './fetch-yoy';
import { num, str } from './row-values';

/**
 * Up to this many units, an index is read whole once and unit changes cost no query (the bundled
 * national data: 63 provinces). A province's imported internal data can hold thousands of units:
 * those views are read one at a time instead.
 */
export const MAX_BUNDLE_UNITS = 150;

export interface IndexBundleArgs {
  readonly index: IndexCode;
  /** Every unit with figures in this index. */
  readonly units: readonly string[];
  readonly from: number;
  readonly to: number;
}

async function fetchLevelPeers(args: IndexBundleArgs): Promise<LevelPeerGroup[]> {
  const rows = await runFacts((source) =>
    buildLevelPeerStats({ index: args.index, from: args.from, to: args.to, source }),
  );
  return rows.map((row) => ({
    level: str(row, 'unit_level'),
    dataScope: str(row, 'data_scope'),
    component: str(row, 'component_code'),
    year: num(row, 'year') ?? 0,
    best: num(row, 'best_score') ?? 0,
    bestUnits: str(row, 'best_units').split(',').filter(Boolean),
    median: num(row, 'median_score') ?? 0,
    count: num(row, 'scored_count') ?? 0,
  }));
}

/** Series, year-over-year rows and level peer groups of one index, for every unit, in one query. */
export const indexBundleQuery = (args: IndexBundleArgs) =>
  queryOptions({
    queryKey: ['trends', 'index-bundle', args],
    queryFn: async (): Promise<IndexBundle & { readonly index: IndexCode }> => {
      const base = {
        index: args.index,
        units: args.units,
        from: args.from,
        to: args.to,
        peer: 'level' as const,
      };
      const [series, yoy, groups] = await Promise.all([
        fetchSeries(base),
        fetchYoy(base),
        fetchLevelPeers(args),
      ]);
      return { index: args.index, series, yoy, groups };
    },
  });

export function useIndexBundle(args: IndexBundleArgs | null) {
  return useQuery({
    ...indexBundleQuery(args ?? { index: 'PAPI', units: [], from: 0, to: 0 }),
    enabled: args !== null,
    placeholderData: keepPreviousData,
  });
}
