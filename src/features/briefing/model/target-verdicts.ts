import {
  evaluateTarget,
  type IndexedTargetPoint,
  type Target,
  type TargetComparison,
  type TargetVerdict,
} from '@/domain/targets/targets';

/**
 * Each target of the unit judged by the domain rule on the rows of `buildTargetFacts` and the
 * comparability of `buildTargetComparisons` (the same reads and rule as the trends screen's targets).
 */
export function judgeTargets(
  targets: readonly Target[],
  points: readonly IndexedTargetPoint[],
  comparisons: readonly TargetComparison[],
): TargetVerdict[] {
  return targets.map((target) =>
    evaluateTarget(target, { points: points.filter((point) => point.index === target.index), comparisons }),
  );
}
