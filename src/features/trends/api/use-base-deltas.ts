import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { runAnalytics } from '@/db/database';
import type { IndexCode } from '@/domain/catalogue';
import { buildBaseDeltas } from '@/sql/base-deltas';
import type { YoyPoint } from '../model/types';
import { toYoyPoint } from './fetch-yoy';

export interface BaseDeltaArgs {
  readonly index: IndexCode;
  readonly unit: string;
  readonly base: number;
  readonly from: number;
  readonly to: number;
  readonly peer: 'level' | 'block';
}

/** The home unit's changes from a base year, in the year-over-year table's shape. */
export const baseDeltasQuery = (args: BaseDeltaArgs) =>
  queryOptions({
    queryKey: ['trends', 'base-deltas', args],
    queryFn: async (): Promise<YoyPoint[]> =>
      (
        await runAnalytics(
          buildBaseDeltas({
            bases: [{ index: args.index, year: args.base }],
            units: [args.unit],
            from: args.from,
            to: args.to,
            peerBy: args.peer,
          }),
        )
      ).map(toYoyPoint),
  });

export function useBaseDeltas(args: BaseDeltaArgs | null) {
  return useQuery({
    ...baseDeltasQuery(args ?? { index: 'PAPI', unit: '', base: 0, from: 0, to: 0, peer: 'level' }),
    enabled: args !== null,
    placeholderData: keepPreviousData,
  });
}
