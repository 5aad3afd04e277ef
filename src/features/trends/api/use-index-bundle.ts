import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { runFacts } from '@/db/database';
import type { IndexCode } from '@/domain/catalogue';
import { buildLevelPeerStats } from '@/sql/trends-extra';
import type { IndexBundle, LevelPeerGroup } from '../model/index-bundle';
import { fetchSeries } from './fetch-series';
import { fetchYoy } from './fetch-yoy';

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
    level: row.unit_level,
    dataScope: row.data_scope,
    component: row.component_code,
    year: row.year,
    best: row.best_score,
    bestUnits: row.best_units?.split(',') ?? [],
    median: row.median_score,
    count: row.scored_count,
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
