import type { ClauseContext } from './clause-context';
import { evaluateChange, evaluateRankUp, evaluateRose } from './clauses/compare-clauses';
import { evaluateConsideredUnder, evaluateManual } from './clauses/meta-clauses';
import { evaluateNoYearInBand, evaluatePeriodAverage, evaluatePeriodBand } from './clauses/period-clauses';
import { evaluateValue } from './clauses/value-clause';
import type { Clause, QuotaClause } from './rule-set-types';
import type { ClauseResult } from './verdict-types';

/** Every clause but the quota, which needs the whole block (see quota.ts). */
export function evaluateClause(clause: Exclude<Clause, QuotaClause>, ctx: ClauseContext): ClauseResult {
  switch (clause.type) {
    case 'rose':
      return evaluateRose(clause, ctx);
    case 'change':
      return evaluateChange(clause, ctx);
    case 'rank_up':
      return evaluateRankUp(clause, ctx);
    case 'value':
      return evaluateValue(clause, ctx);
    case 'period_average':
      return evaluatePeriodAverage(clause, ctx);
    case 'period_band_at_least':
      return evaluatePeriodBand(clause, ctx);
    case 'no_year_in_band':
      return evaluateNoYearInBand(clause, ctx);
    case 'manual':
      return evaluateManual(clause, ctx);
    case 'considered_under':
      return evaluateConsideredUnder(clause, ctx);
  }
}
