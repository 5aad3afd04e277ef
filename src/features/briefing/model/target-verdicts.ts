import { evaluateTarget, type Target, type TargetPoint, type TargetVerdict } from '@/domain/targets/targets';
import type { TargetFactRow } from '@/sql/target-facts';

/**
 * Each target of the unit judged by the domain rule on the rows of `buildTargetFacts` (the same read
 * and the same rule as the trends screen's targets).
 */
export function judgeTargets(targets: readonly Target[], rows: readonly TargetFactRow[]): TargetVerdict[] {
  return targets.map((target) => {
    const own = rows.filter((row) => row.index_code === target.index);
    const points: TargetPoint[] = own.map((row) => ({
      unit: row.unit_code,
      unitLevel: row.unit_level,
      component: row.component_code,
      year: row.year,
      score: row.score,
      rank: row.rank,
    }));
    const mergers = (own.find((row) => row.unit_code === target.unit)?.merger_years ?? '')
      .split(',')
      .filter(Boolean)
      .map(Number);
    return evaluateTarget(target, points, mergers);
  });
}
