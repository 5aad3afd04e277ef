import { type ClauseContext, clauseResult } from '../clause-context';
import type { ConsideredUnderClause, ManualClause } from '../rule-set-types';
import type { ClauseResult } from '../verdict-types';

/** Criteria no index measures: the council confirms them; the dashboard never passes them. */
export function evaluateManual(clause: ManualClause, ctx: ClauseContext): ClauseResult {
  return clauseResult(clause, [{ verdict: 'needs_confirmation', reason: 'manual', years: [ctx.year] }]);
}

/** "An agency meeting both is considered under the other rule only." */
export function evaluateConsideredUnder(clause: ConsideredUnderClause, ctx: ClauseContext): ClauseResult {
  const other = ctx.earlier.get(clause.rule)?.get(ctx.unitCode);
  const common = { years: [ctx.year], otherRule: clause.rule };
  if (other === 'pass')
    return clauseResult(clause, [{ ...common, verdict: 'fail', reason: 'considered_under_other' }]);
  if (other === 'needs_confirmation') {
    return clauseResult(clause, [{ ...common, verdict: 'needs_confirmation', reason: 'other_pending' }]);
  }
  return clauseResult(clause, [{ ...common, verdict: 'pass', reason: 'not_considered_elsewhere' }]);
}
