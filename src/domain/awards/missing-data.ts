import type { IndexCode } from '@/domain/catalogue';
import type { ScoreFact } from './fact-types';
import type { Rule, RuleSet } from './rule-set-types';

/** A series a rule reads that the chosen data does not hold at all (so the screen can name the file). */
export interface MissingSeries {
  readonly ruleId: string;
  readonly index: IndexCode;
  /** A component code, or "advised" (the components advising agencies advise, i.e. not TOTAL). */
  readonly component: string;
  /** Whose series: the home province's (a province-level row) or the judged units' own. */
  readonly of: 'self' | 'province';
}

const holds = (fact: ScoreFact, need: MissingSeries): boolean =>
  fact.index === need.index &&
  (need.component === 'advised' ? fact.component !== 'TOTAL' : fact.component === need.component) &&
  (need.of === 'self' || fact.level === 'province');

function needsOf(rule: Rule): MissingSeries[] {
  const needs = new Map<string, MissingSeries>();
  for (const clause of rule.clauses) {
    const series =
      'index' in clause
        ? [{ index: clause.index, component: clause.component, of: clause.of ?? 'self' }]
        : [];
    const orderKeys =
      clause.type === 'quota'
        ? clause.orderBy.map((key) => ({ index: key.index, component: key.component, of: 'self' as const }))
        : [];
    for (const need of [...series, ...orderKeys])
      needs.set(`${need.index}|${need.component}|${need.of}`, { ruleId: rule.id, ...need });
  }
  return [...needs.values()];
}

/** Per rule of the scope evaluated, the series it reads that no fact in `scores` provides. */
export function missingSeries(
  ruleSet: RuleSet,
  scope: 'year' | 'period',
  scores: readonly ScoreFact[],
): MissingSeries[] {
  return ruleSet.rules
    .filter((rule) => rule.scope === scope)
    .flatMap(needsOf)
    .filter((need) => !scores.some((fact) => holds(fact, need)));
}
