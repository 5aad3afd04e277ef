import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { runFacts } from '@/db/database';
import type { IndexCode } from '@/domain/catalogue';
import { buildYoyDeltas } from '@/sql/yoy-deltas';
import type { Target } from '../model/targets';
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
        await runFacts((source) =>
          buildYoyDeltas({ index: args.index, units: args.units, from: args.from, to: args.to, source }),
        )
      ).map(toYoyPoint),
  });

export function useTargetFacts(args: TargetFactArgs | null) {
  return useQuery({
    ...targetFactsQuery(args ?? { index: 'PAPI', units: [], from: 0, to: 0 }),
    enabled: args !== null && args.units.length > 0,
  });
}

/**
 * Targets are judged on ranks among all peers of the level. The view's own yoy rows (whole span,
 * same ranks) serve when it groups by level, so a change of unit still costs one query; grouped by
 * block, the targets' facts are read apart.
 */
export function useTargetFactsOf(
  targets: readonly Target[],
  yoy: readonly YoyPoint[] | undefined,
  byLevel: boolean,
): { readonly data: readonly YoyPoint[] | undefined } {
  const own = useMemo(() => {
    if (!byLevel || !yoy) return undefined;
    const units = new Set(targets.map((target) => target.unit));
    return yoy.filter((point) => units.has(point.unit));
  }, [byLevel, yoy, targets]);
  const units = [...new Set(targets.map((target) => target.unit))];
  const years = targets.flatMap((target) => [target.baselineYear ?? target.targetYear, target.targetYear]);
  const read = useTargetFacts(
    targets.length > 0 && !byLevel
      ? { index: targets[0]?.index ?? 'PAPI', units, from: Math.min(...years), to: Math.max(...years) }
      : null,
  );
  return { data: byLevel ? own : read.data };
}
