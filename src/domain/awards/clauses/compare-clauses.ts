import { thresholdFor, tidy } from '../award-window';
import { type ClauseContext, perTarget, type Target } from '../clause-context';
import type { ScoreFact } from '../fact-types';
import type { ChangeClause, RankUpClause, RoseClause } from '../rule-set-types';
import type { Check, ClauseResult } from '../verdict-types';

interface Pair {
  readonly current: ScoreFact;
  readonly base: {
    readonly year: number;
    readonly score: number;
    readonly pct: number | null;
    readonly max: number | null;
  };
}

/** The SQL's reason a value does not compare, as the verdict states it. */
const notComparable = (fact: { readonly notComparableReason: 'method' | 'merger' | null }) =>
  fact.notComparableReason === 'merger' ? 'unit_merged' : 'methodology_break';

/**
 * The value of the judged year and the one it is compared with: the previous year with a value, or
 * the clause's base year. A gap, a series that starts here (a new or merged unit) or a methodology
 * break makes the comparison not assessable, never a plain delta.
 */
function comparePair(target: Target, ctx: ClauseContext, baseYear: number | undefined): Pair | Check {
  const common = { index: target.index, component: target.component, unitCode: target.unitCode };
  const current = ctx.facts.score(target.index, target.unitCode, target.component, ctx.year);
  if (!current || current.score === null) {
    return {
      ...common,
      verdict: 'not_assessable',
      reason: 'missing_value',
      years: [ctx.year],
      missingYears: [ctx.year],
    };
  }
  if (baseYear !== undefined) {
    const base = ctx.facts.score(target.index, target.unitCode, target.component, baseYear);
    const years = [baseYear, ctx.year];
    if (!base || base.score === null) {
      return {
        ...common,
        verdict: 'not_assessable',
        reason: 'missing_previous',
        years,
        missingYears: [baseYear],
      };
    }
    const comparison = ctx.facts.comparison(target, baseYear, ctx.year);
    if (!comparison.comparable) {
      return { ...common, verdict: 'not_assessable', reason: notComparable(comparison), years };
    }
    return { current, base: { year: baseYear, score: base.score, pct: base.pct, max: base.maxScore } };
  }
  if (current.prevYear === null || current.prevScore === null) {
    return { ...common, verdict: 'not_assessable', reason: 'no_predecessor', years: [ctx.year] };
  }
  const years = [current.prevYear, ctx.year];
  if (current.prevYear !== ctx.year - 1) {
    return {
      ...common,
      verdict: 'not_assessable',
      reason: 'missing_previous',
      years,
      missingYears: [ctx.year - 1],
    };
  }
  if (!current.comparable) {
    return { ...common, verdict: 'not_assessable', reason: notComparable(current), years };
  }
  return {
    current,
    base: {
      year: current.prevYear,
      score: current.prevScore,
      pct: current.prevPct,
      max: current.prevMaxScore,
    },
  };
}

interface Compared {
  readonly pair: Pair;
  /** The series and the two years compared. */
  readonly where: Pick<Check, 'index' | 'component' | 'unitCode' | 'years'>;
  readonly values: { readonly observed: number; readonly previous: number; readonly delta: number };
}

/** The judged and the base value of the clause's measure, and their change; or why there are none. */
function compared(clause: RoseClause | ChangeClause, target: Target, ctx: ClauseContext): Compared | Check {
  const pair = comparePair(target, ctx, clause.baseYear);
  if (!('current' in pair)) return pair;
  const byPct = clause.measure === 'pct';
  const observed = byPct ? pair.current.pct : pair.current.score;
  const previous = byPct ? pair.base.pct : pair.base.score;
  const common = { index: target.index, component: target.component, unitCode: target.unitCode };
  const years = [pair.base.year, ctx.year];
  if (observed === null || previous === null) {
    return { ...common, verdict: 'not_assessable', reason: 'missing_value', years };
  }
  return {
    pair,
    where: { ...common, years },
    values: { observed, previous, delta: tidy(observed - previous) },
  };
}

export function evaluateRose(clause: RoseClause, ctx: ClauseContext): ClauseResult {
  return perTarget(clause, ctx, (target) => {
    const result = compared(clause, target, ctx);
    if (!('values' in result)) return result;
    const { pair, values } = result;
    const { observed, previous, delta } = values;
    const evidence = { ...result.where, ...values };
    if (delta > 0) return { ...evidence, verdict: 'pass', reason: 'rose' };
    const max = clause.measure === 'pct' ? 100 : pair.current.maxScore;
    if (
      clause.orHeldAtMax &&
      max !== null &&
      observed >= max &&
      previous >= (clause.measure === 'pct' ? 100 : (pair.base.max ?? max))
    ) {
      return { ...evidence, verdict: 'pass', reason: 'held_at_max' };
    }
    return { ...evidence, verdict: 'fail', reason: 'not_rose', shortfall: tidy(-delta) };
  });
}

export function evaluateChange(clause: ChangeClause, ctx: ClauseContext): ClauseResult {
  return perTarget(clause, ctx, (target) => {
    const result = compared(clause, target, ctx);
    if (!('values' in result)) return result;
    const threshold = thresholdFor(clause.threshold, ctx.year);
    if (threshold === null) return { ...result.where, verdict: 'not_assessable', reason: 'missing_value' };
    const { delta } = result.values;
    const met = clause.op === 'above' ? delta > threshold : delta >= threshold;
    const evidence = { ...result.where, ...result.values, threshold, op: clause.op };
    return met
      ? { ...evidence, verdict: 'pass', reason: 'met' }
      : { ...evidence, verdict: 'fail', reason: 'below_threshold', shortfall: tidy(threshold - delta) };
  });
}

/** Ranks are ordinal among peers: they compare across a methodology change, not across a new peer set or a merger. */
export function evaluateRankUp(clause: RankUpClause, ctx: ClauseContext): ClauseResult {
  return perTarget(clause, ctx, (target) => {
    const baseYear = clause.baseYear ?? ctx.year - 1;
    const common = { index: target.index, component: target.component, unitCode: target.unitCode };
    const years = [baseYear, ctx.year];
    const current = ctx.facts.score(target.index, target.unitCode, target.component, ctx.year);
    const base = ctx.facts.score(target.index, target.unitCode, target.component, baseYear);
    const missingYears = [
      ...(base?.publishedRank == null ? [baseYear] : []),
      ...(current?.publishedRank == null ? [ctx.year] : []),
    ];
    if (!current || !base || current.publishedRank === null || base.publishedRank === null) {
      return { ...common, verdict: 'not_assessable', reason: 'missing_value', years, missingYears };
    }
    const comparison = ctx.facts.comparison(target, baseYear, ctx.year);
    if (!comparison.rankComparable) {
      return { ...common, verdict: 'not_assessable', reason: 'rank_not_comparable', years };
    }
    const gained = base.publishedRank - current.publishedRank;
    const evidence = {
      ...common,
      years,
      observed: current.publishedRank,
      previous: base.publishedRank,
      delta: gained,
      threshold: clause.places,
    };
    return gained >= clause.places
      ? { ...evidence, verdict: 'pass', reason: 'met' }
      : { ...evidence, verdict: 'fail', reason: 'below_threshold', shortfall: clause.places - gained };
  });
}
