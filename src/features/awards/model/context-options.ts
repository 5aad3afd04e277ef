import type { Period, RuleSet } from '@/domain/awards/rule-set-types';
import type { AwardContext } from '@/domain/awards/verdict-types';

export interface ContextOptions {
  readonly years: readonly number[];
  readonly periods: readonly Period[];
}

/** Years and periods of the rule set that the data can reach (a period that starts later is left out). */
export function contextOptions(ruleSet: RuleSet, lastYear: number | null): ContextOptions {
  const years = new Set<number>();
  for (const period of ruleSet.periods)
    for (let year = period.from; year <= period.to; year += 1)
      if (lastYear === null || year <= lastYear) years.add(year);
  const periods = ruleSet.periods.filter((period) => lastYear === null || period.from <= lastYear);
  return { years: [...years].sort((a, b) => b - a), periods };
}

/** The latest year the data and the rule set share; the first period's start when they share none. */
export function defaultContext(ruleSet: RuleSet, lastYear: number | null): AwardContext {
  const latest = contextOptions(ruleSet, lastYear).years[0];
  return { year: latest ?? ruleSet.periods[0]?.from ?? new Date().getFullYear() };
}

/** Which rule scope a context evaluates: yearly rules for a year, period rules for a period. */
export function scopeOf(context: AwardContext): 'year' | 'period' {
  return 'year' in context ? 'year' : 'period';
}

/** Keeps a permalink's year or period selectable even when the data does not reach it (yet). */
export function includeContext(options: ContextOptions, context: AwardContext): ContextOptions {
  if ('year' in context) {
    if (options.years.includes(context.year)) return options;
    return { ...options, years: [...options.years, context.year].sort((a, b) => b - a) };
  }
  const { from, to } = context.period;
  if (options.periods.some((period) => period.from === from && period.to === to)) return options;
  return { ...options, periods: [...options.periods, { id: `${from}-${to}`, from, to }] };
}
