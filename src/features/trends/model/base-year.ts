import type { Target } from '@/domain/targets/targets';
import type { YoyRow } from '@/sql/yoy-deltas';
import type { BaselineMark } from './types';
import type { TrendsState } from './url-state';

/** The year the table's changes are taken from, and why; null = the previous year (the default). */
export interface EffectiveBase {
  readonly year: number;
  readonly source: 'chosen' | 'target';
}

/**
 * A chosen base year (the range's first year until one is picked), or the baseline year of the home
 * unit's target on the focus component (else its total). Target mode without such a target keeps the
 * previous year, and the screen says so.
 */
export function effectiveBase(
  state: TrendsState,
  home: string,
  targets: readonly Target[],
  rangeFrom: number | null,
  focus: string,
): EffectiveBase | null {
  const { baseline } = state;
  if (baseline.mode === 'base') {
    const year = baseline.base ?? rangeFrom;
    return year === null ? null : { year, source: 'chosen' };
  }
  if (baseline.mode !== 'target') return null;
  const own = targets.filter((target) => target.unit === home && target.baselineYear !== null);
  const target =
    own.find((candidate) => candidate.component === focus) ?? own.find((c) => c.component === 'TOTAL');
  return target?.baselineYear ? { year: target.baselineYear, source: 'target' } : null;
}

/**
 * What the charts draw of the baseline: the home unit's value of the focus component in the base year
 * and its change to the last year of the range, both from the SQL's base-year rows (`buildBaseDeltas`);
 * null while they load or when the unit has no figure in the base year.
 */
export function baselineMarkOf(
  rows: readonly YoyRow[],
  home: string,
  focus: string,
  base: EffectiveBase,
  lastYear: number,
): BaselineMark | null {
  const own = rows.filter((row) => row.unit_code === home && row.component_code === focus);
  const anchor = own.find((row) => row.previous_year === base.year && row.previous_score !== null);
  if (!anchor || anchor.previous_score === null) return null;
  const last = own.find((row) => row.year === lastYear);
  return {
    year: base.year,
    source: base.source,
    value: anchor.previous_score,
    change: last?.comparable ? last.score_change : null,
    comparable: last ? last.comparable : null,
  };
}
