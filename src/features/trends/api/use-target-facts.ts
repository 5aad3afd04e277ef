import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { runAnalytics } from '@/db/database';
import { targetSpans } from '@/domain/targets/target-spans';
import type { Target, TargetComparison, TargetFacts, TargetPoint } from '@/domain/targets/targets';
import { buildTargetComparisons, buildTargetFacts } from '@/sql/target-facts';
import type { YoyRow } from '@/sql/yoy-deltas';

/**
 * Scores and ranks the targets need (baseline to target year), independent of the year range on
 * screen: a "vs 2021" target is judged on 2021 even when the chart starts in 2022.
 */
export const targetFactsQuery = (targets: readonly Target[]) =>
  queryOptions({
    queryKey: ['targets', 'facts', targets.map((target) => target.id)],
    queryFn: async (): Promise<TargetPoint[]> => runAnalytics(buildTargetFacts(targetSpans(targets))),
  });

/** Whether each target's baseline and target years compare, as the SQL judges it. */
export const targetComparisonsQuery = (targets: readonly Target[]) =>
  queryOptions({
    queryKey: ['targets', 'comparisons', targets.map((target) => target.id)],
    queryFn: async (): Promise<TargetComparison[]> =>
      runAnalytics(buildTargetComparisons(targetSpans(targets))),
  });

/**
 * Targets are judged on ranks among all peers of the level. The view's own yoy rows (whole span,
 * same ranks) serve when it groups by level, so a change of unit still costs one query; grouped by
 * block, the targets' facts are read apart. Whether the years compare is read once per set of targets.
 */
export function useTargetFactsOf(
  targets: readonly Target[],
  yoy: readonly YoyRow[] | undefined,
  byLevel: boolean,
): { readonly data: TargetFacts | undefined } {
  const own = useMemo(() => {
    if (!byLevel || !yoy) return undefined;
    const units = new Set(targets.map((target) => target.unit));
    return yoy
      .filter((row) => units.has(row.unit_code))
      .map(
        (row): TargetPoint => ({
          unit: row.unit_code,
          unitLevel: row.unit_level,
          component: row.component_code,
          year: row.year,
          score: row.score,
          rank: row.rank,
        }),
      );
  }, [byLevel, yoy, targets]);
  const read = useQuery({ ...targetFactsQuery(targets), enabled: targets.length > 0 && !byLevel });
  const compared = useQuery({ ...targetComparisonsQuery(targets), enabled: targets.length > 0 });
  const points = byLevel ? own : read.data;
  const comparisons = compared.data;
  const data = useMemo(
    () => (points && comparisons ? { points, comparisons } : undefined),
    [points, comparisons],
  );
  return { data };
}
