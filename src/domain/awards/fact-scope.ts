import type { IndexCode } from '@/domain/catalogue';
import { awardWindow } from './award-window';
import type { AdvisingEntry } from './fact-types';
import type { RuleSet } from './rule-set-types';
import type { AwardContext } from './verdict-types';

/** The indices and years the facts must cover for one evaluation (input to src/sql/award-facts.ts). */
export interface FactNeeds {
  readonly indices: readonly IndexCode[];
  /** First year the score facts must include (window start, base years, the year before for deltas). */
  readonly fromYear: number;
  readonly toYear: number;
  /** The window period averages are taken over. */
  readonly window: { readonly from: number; readonly to: number };
  /** The years the clauses set a year against, beside the previous year with a value. */
  readonly bases: ComparisonBases;
}

/** Base years the comparability is read for (src/sql/award-facts.ts, `buildAwardComparisons`). */
export interface ComparisonBases {
  /** The base years clauses name. */
  readonly years: readonly number[];
  /** A rank clause without a base year compares each year with the one before. */
  readonly priorYear: boolean;
}

export function factNeeds(ruleSet: RuleSet, context: AwardContext): FactNeeds {
  const window = awardWindow(ruleSet, context);
  const indices = new Set<IndexCode>();
  const baseYears = new Set<number>();
  let priorYear = false;
  let fromYear = window.from - 1;
  for (const rule of ruleSet.rules) {
    for (const clause of rule.clauses) {
      if ('index' in clause) indices.add(clause.index);
      if (clause.type === 'quota') for (const key of clause.orderBy) indices.add(key.index);
      if ('baseYear' in clause && clause.baseYear !== undefined) {
        fromYear = Math.min(fromYear, clause.baseYear);
        baseYears.add(clause.baseYear);
      } else if (clause.type === 'rank_up') priorYear = true;
    }
  }
  const bases = { years: [...baseYears].sort((a, b) => a - b), priorYear };
  return { indices: [...indices].sort(), fromYear, toYear: window.to, window, bases };
}

/** The series the clauses read: components of every unit, of the province units, of one unit. */
export interface FactComponents {
  readonly components: readonly string[];
  /** "advised" of the province (`of: 'province'`): the components advised, of every province-level unit. */
  readonly provinceComponents: readonly string[];
  /** "advised" of the agency itself: each advising agency with the components it advises. */
  readonly unitComponents: readonly { readonly unitCode: string; readonly component: string }[];
}

/**
 * The series the clauses read: the components they name and the quotas' keys, for every unit; for an
 * "advised" component, the components the advising map names, of the series the clause reads (the
 * agency's own, or the home province's). The award facts are computed over these rows only
 * (src/sql/award-facts.ts), which keeps their windows to a fraction of a criterion-level file.
 */
export function factComponents(ruleSet: RuleSet, advising: readonly AdvisingEntry[]): FactComponents {
  const components = new Set<string>();
  const advisedOf = new Set<'self' | 'province'>();
  for (const rule of ruleSet.rules) {
    for (const clause of rule.clauses) {
      if (clause.type === 'quota') for (const key of clause.orderBy) components.add(key.component);
      if (!('component' in clause)) continue;
      if (clause.component === 'advised') advisedOf.add(clause.of ?? 'self');
      else components.add(clause.component);
    }
  }
  const fresh = advising.filter((entry) => !components.has(entry.component));
  const pairs = new Map<string, { unitCode: string; component: string }>();
  if (advisedOf.has('self'))
    for (const { unitCode, component } of fresh)
      pairs.set(`${unitCode}\u001f${component}`, { unitCode, component });
  const province = advisedOf.has('province')
    ? new Set(fresh.map((entry) => entry.component))
    : new Set<string>();
  return {
    components: [...components].sort(),
    provinceComponents: [...province].sort(),
    unitComponents: [...pairs.values()],
  };
}
