import { useQuery } from '@tanstack/react-query';
import { runFacts } from '@/db/database';
import type { IndexCode } from '@/domain/catalogue';
import { buildSeries } from '@/sql/series';
import { buildLevelPeerStats } from '@/sql/trends-extra';
import { buildYoyDeltas } from '@/sql/yoy-deltas';
import type { IndexBundle } from '../model/index-bundle';
import { keptQuery } from './kept-query';

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

/** Series, year-over-year rows and level peer groups of one index, for every unit, in one query. */
async function readBundle(args: IndexBundleArgs): Promise<IndexBundle & { readonly index: IndexCode }> {
  const [series, yoy, groups] = await Promise.all([
    runFacts((source) => buildSeries({ ...args, source })),
    runFacts((source) => buildYoyDeltas({ ...args, source })),
    runFacts((source) => buildLevelPeerStats({ ...args, source })),
  ]);
  return { index: args.index, series, yoy, groups };
}

export const indexBundleQuery = (args: IndexBundleArgs | null) => keptQuery('index-bundle', args, readBundle);

export function useIndexBundle(args: IndexBundleArgs | null) {
  return useQuery(indexBundleQuery(args));
}
