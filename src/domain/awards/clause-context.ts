import type { Window } from './award-window';
import type { FactIndex, Series } from './fact-index';
import type { BandScheme, SeriesClause } from './rule-set-types';
import type { Check, ClauseResult, Verdict } from './verdict-types';

/** What a clause evaluator may read about the unit under evaluation. */
export interface ClauseContext {
  readonly facts: FactIndex;
  readonly unitCode: string;
  /** The year judged: the evaluated year, or the last year of the period. */
  readonly year: number;
  readonly window: Window;
  readonly provinceUnit: string | null;
  readonly bands: readonly BandScheme[];
  /** Final verdicts of the rules evaluated before this one: rule id → unit code → verdict. */
  readonly earlier: ReadonlyMap<string, ReadonlyMap<string, Verdict>>;
}

/** The series a clause reads. */
export type Target = Series;

/** The series a clause reads, or the check explaining why there is none. */
export function resolveTargets(clause: SeriesClause, ctx: ClauseContext): Target[] | Check {
  const unitCode = clause.of === 'province' ? ctx.provinceUnit : ctx.unitCode;
  if (unitCode === null) return { verdict: 'not_assessable', reason: 'province_unknown', years: [ctx.year] };
  if (clause.component !== 'advised') return [{ index: clause.index, unitCode, component: clause.component }];
  const advised = ctx.facts.advisedBy(ctx.unitCode, ctx.year);
  if (advised.length === 0)
    return { verdict: 'not_assessable', reason: 'no_advised_component', years: [ctx.year] };
  return advised.map((component) => ({ index: clause.index, unitCode, component }));
}

const SEVERITY: Readonly<Record<Verdict, number>> = {
  fail: 3,
  not_assessable: 2,
  needs_confirmation: 1,
  pass: 0,
};

/** One failing condition is enough to fail; otherwise missing data outranks a pending confirmation. */
export function combineVerdicts(verdicts: readonly Verdict[]): Verdict {
  let worst: Verdict = 'pass';
  for (const verdict of verdicts) if (SEVERITY[verdict] > SEVERITY[worst]) worst = verdict;
  return worst;
}

export function clauseResult(
  clause: { id: string; type: ClauseResult['type'] },
  checks: readonly Check[],
): ClauseResult {
  return {
    clauseId: clause.id,
    type: clause.type,
    verdict: combineVerdicts(checks.map((c) => c.verdict)),
    checks,
  };
}

/** Evaluates a clause once per target series (all must hold: an agency advising L1, L4, L5 needs all three). */
export function perTarget(
  clause: SeriesClause,
  ctx: ClauseContext,
  check: (target: Target) => Check,
): ClauseResult {
  const targets = resolveTargets(clause, ctx);
  return clauseResult(clause, Array.isArray(targets) ? targets.map(check) : [targets]);
}
