import { useQuery } from '@tanstack/react-query';
import { runAnalytics } from '@/db/database';
import type { IndexCode } from '@/domain/catalogue';
import { buildBaseDeltas } from '@/sql/base-deltas';
import { keptQuery } from './kept-query';

export interface BaseDeltaArgs {
  readonly index: IndexCode;
  readonly unit: string;
  readonly base: number;
  readonly from: number;
  readonly to: number;
  readonly peer: 'level' | 'block';
}

/** The home unit's changes from a base year, in the year-over-year table's columns. */
export const baseDeltasQuery = (args: BaseDeltaArgs | null) =>
  keptQuery('base-deltas', args, (chosen: BaseDeltaArgs) =>
    runAnalytics(
      buildBaseDeltas({
        bases: [{ index: chosen.index, year: chosen.base }],
        units: [chosen.unit],
        from: chosen.from,
        to: chosen.to,
        peerBy: chosen.peer,
      }),
    ),
  );

export function useBaseDeltas(args: BaseDeltaArgs | null) {
  return useQuery(baseDeltasQuery(args));
}
