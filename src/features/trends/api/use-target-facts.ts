import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { runAnalytics } from '@/db/database';
import { targetSpans } from '@/domain/targets/target-spans';
import type { Target, TargetPoint } from '@/domain/targets/targets';
import { buildTargetFacts, type TargetFactRow } from '@/sql/target-facts';
import type { YoyPoint } from '../model/types';

const toTargetPoint = (row: TargetFactRow): TargetPoint => ({
  unit: row.unit_code,
  unitLevel: row.unit_level,
  component: row.component_code,
  year: row.year,
  score: row.score,
  rank: row.rank,
});

/**
 * Scores and ranks the targets need (baseline to target year), independent of the year range on
 * screen: a "vs 2021" target is judged on 2021 even when the chart starts in 2022.
 */
export const targetFactsQuery = (targets: readonly Target[]) =>
  queryOptions({
    queryKey: ['targets', 'facts', targets.map((target) => target.id)],
    queryFn: async (): Promise<TargetPoint[]> =>
      (await runAnalytics(buildTargetFacts(targetSpans(targets)))).map(toTargetPoint),
  });

/**
 * Targets are judged on ranks among all peers of the level. The view's own yoy rows (whole span,
 * same ranks) serve when it groups by level, so a change of unit still costs one query; grouped by
 * block, the targets' facts are read apart.
 */
export function useTargetFactsOf(
  targets: readonly Target[],
  yoy: readonly YoyPoint[] | undefined,
  byLevel: boolean,
): { readonly data: readonly TargetPoint[] | undefined } {
  const own = useMemo(() => {
    if (!byLevel || !yoy) return undefined;
    const units = new Set(targets.map((target) => target.unit));
    return yoy.filter((point) => units.has(point.unit));
  }, [byLevel, yoy, targets]);
  const read = useQuery({ ...targetFactsQuery(targets), enabled: targets.length > 0 && !byLevel });
  return { data: byLevel ? own : read.data };
}
