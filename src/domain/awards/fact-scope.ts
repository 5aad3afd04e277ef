import type { IndexCode } from '@/domain/catalogue';
import { awardWindow } from './award-window';
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
}

export function factNeeds(ruleSet: RuleSet, context: AwardContext): FactNeeds {
  const window = awardWindow(ruleSet, context);
  const indices = new Set<IndexCode>();
  let fromYear = window.from - 1;
  for (const rule of ruleSet.rules) {
    for (const clause of rule.clauses) {
      if ('index' in clause) indices.add(clause.index);
      if (clause.type === 'quota') for (const key of clause.orderBy) indices.add(key.index);
      if ('baseYear' in clause && clause.baseYear !== undefined)
        fromYear = Math.min(fromYear, clause.baseYear);
    }
  }
  return { indices: [...indices].sort(), fromYear, toYear: window.to, window };
}
