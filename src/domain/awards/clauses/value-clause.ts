import { thresholdFor, tidy } from '../award-window';
import { type ClauseContext, perTarget } from '../clause-context';
import type { ValueClause } from '../rule-set-types';
import type { ClauseResult } from '../verdict-types';

export function evaluateValue(clause: ValueClause, ctx: ClauseContext): ClauseResult {
  return perTarget(clause, ctx, (target) => {
    const common = {
      index: target.index,
      component: target.component,
      unitCode: target.unitCode,
      years: [ctx.year],
    };
    const fact = ctx.facts.score(target.index, target.unitCode, target.component, ctx.year);
    const observed = clause.measure === 'pct' ? (fact?.pct ?? null) : (fact?.score ?? null);
    const threshold = thresholdFor(clause.threshold, ctx.year);
    if (observed === null || threshold === null) {
      return { ...common, verdict: 'not_assessable', reason: 'missing_value', missingYears: [ctx.year] };
    }
    const met = clause.op === 'above' ? observed > threshold : observed >= threshold;
    const evidence = { ...common, observed, threshold, op: clause.op };
    return met
      ? { ...evidence, verdict: 'pass', reason: 'met' }
      : { ...evidence, verdict: 'fail', reason: 'below_threshold', shortfall: tidy(threshold - observed) };
  });
}
