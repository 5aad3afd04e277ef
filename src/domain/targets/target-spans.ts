import type { Target } from './targets';

/** Where a target's verdict reads its facts: its unit and component, baseline to target year. */
export interface TargetReadSpan {
  readonly id: string;
  readonly index: Target['index'];
  readonly unit: string;
  readonly component: string;
  readonly from: number;
  readonly to: number;
}

// A floor target has no baseline; the years before its target year still show progress.
const EARLIEST_PROGRESS_YEAR = 1990;

export function targetSpans(targets: readonly Target[]): TargetReadSpan[] {
  return targets.map((target) => ({
    id: target.id,
    index: target.index,
    unit: target.unit,
    component: target.component,
    from: target.baselineYear ?? EARLIEST_PROGRESS_YEAR,
    to: target.targetYear,
  }));
}

/** The targets of one unit, optionally of one index. */
export function targetsOf(targets: readonly Target[], unit: string, index?: Target['index']): Target[] {
  return targets.filter((target) => target.unit === unit && (index === undefined || target.index === index));
}
