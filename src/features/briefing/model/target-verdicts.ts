import type { Row } from '@/db/engine';
import { evaluateTarget, type Target, type TargetPoint, type TargetVerdict } from '@/domain/targets/targets';

const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * Each target of the unit judged by the domain rule on the rows of `buildTargetFacts` (the same read
 * and the same rule as the trends screen's targets).
 */
export function judgeTargets(targets: readonly Target[], rows: readonly Row[]): TargetVerdict[] {
  return targets.map((target) => {
    const own = rows.filter((row) => row.index_code === target.index);
    const points: TargetPoint[] = own.map((row) => ({
      unit: str(row.unit_code),
      unitLevel: str(row.unit_level),
      component: str(row.component_code),
      year: num(row.year) ?? 0,
      score: num(row.score),
      rank: num(row.rank),
    }));
    const mergers = str(own.find((row) => row.unit_code === target.unit)?.merger_years)
      .split(',')
      .filter(Boolean)
      .map(Number);
    return evaluateTarget(target, points, mergers);
  });
}
