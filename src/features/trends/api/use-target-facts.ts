import { queryOptions, useQuery } from '@tanstack/react-query';
import { runAnalytics } from '@/db/database';
import type { IndexCode } from '@/domain/catalogue';
import { buildYoyDeltas } from '@/sql/yoy-deltas';
import type { YoyPoint } from '../model/types';
import { toYoyPoint } from './use-yoy';

export interface TargetFactArgs {
  readonly index: IndexCode;
  readonly units: readonly string[];
  readonly from: number;
  readonly to: number;
}

/**
 * Scores and ranks the targets need (baseline to target year), independent of the year range on
 * screen: a "vs 2021" target is judged on 2021 even when the chart starts in 2022.
 */
export const targetFactsQuery = (args: TargetFactArgs) =>
  queryOptions({
    queryKey: ['trends', 'target-facts', args.index, args.units, args.from, args.to],
    queryFn: async (): Promise<YoyPoint[]> =>
      (
        await runAnalytics(
          buildYoyDeltas({ index: args.index, units: args.units, from: args.from, to: args.to }),
        )
      ).map(toYoyPoint),
  });

export function useTargetFacts(args: TargetFactArgs | null) {
  return useQuery({
    ...targetFactsQuery(args ?? { index: 'PAPI', units: [], from: 0, to: 0 }),
    enabled: args !== null && args.units.length > 0,
  });
}
