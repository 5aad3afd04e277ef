import { thresholdFor, tidy } from '../award-window';
import { findBand } from '../bands';
import { type ClauseContext, perTarget, type Target } from '../clause-context';
import type { PeriodFact } from '../fact-types';
import type { Coverage, NoYearInBandClause, PeriodAverageClause, PeriodBandClause } from '../rule-set-types';
import type { Check, ClauseResult } from '../verdict-types';

function windowYears(ctx: ClauseContext): number[] {
  const years: number[] = [];
  for (let year = ctx.window.from; year <= ctx.window.to; year += 1) years.push(year);
  return years;
}

/** The period fact, or why the average cannot be judged (a missing year under `all_years` coverage). */
function periodFact(target: Target, ctx: ClauseContext, coverage: Coverage | undefined): PeriodFact | Check {
  const common = { index: target.index, component: target.component, unitCode: target.unitCode };
  const fact = ctx.facts.period(target.index, target.unitCode, target.component);
  const years = windowYears(ctx);
  const present = new Set(fact?.years ?? []);
  const missingYears = years.filter((year) => !present.has(year));
  if (
    !fact ||
    fact.years.length === 0 ||
    ((coverage ?? 'all_years') === 'all_years' && missingYears.length > 0)
  ) {
    return { ...common, verdict: 'not_assessable', reason: 'missing_years', years, missingYears };
  }
  return fact;
}

export function evaluatePeriodAverage(clause: PeriodAverageClause, ctx: ClauseContext): ClauseResult {
  return perTarget(clause, ctx, (target) => {
    const fact = periodFact(target, ctx, clause.coverage);
    if (!('avgPct' in fact)) return fact;
    const observed = clause.measure === 'pct' ? fact.avgPct : fact.avgScore;
    const threshold = thresholdFor(clause.threshold, ctx.window.to);
    const common = {
      index: target.index,
      component: target.component,
      unitCode: target.unitCode,
      years: fact.years,
    };
    if (observed === null || threshold === null)
      return { ...common, verdict: 'not_assessable', reason: 'missing_value' };
    const rounded = tidy(observed);
    const met = clause.op === 'above' ? rounded > threshold : rounded >= threshold;
    const evidence = { ...common, observed: rounded, threshold, op: clause.op };
    return met
      ? { ...evidence, verdict: 'pass', reason: 'average_met' }
      : { ...evidence, verdict: 'fail', reason: 'average_below', shortfall: tidy(threshold - rounded) };
  });
}

/** "Average band Nhóm 3 or better": the band of the period average (computed in SQL). */
export function evaluatePeriodBand(clause: PeriodBandClause, ctx: ClauseContext): ClauseResult {
  return perTarget(clause, ctx, (target) => {
    const required = findBand(ctx.bands, clause.band);
    const common = { index: target.index, component: target.component, unitCode: target.unitCode };
    if (!required)
      return { ...common, verdict: 'not_assessable', reason: 'unknown_band', years: [], band: clause.band };
    const fact = periodFact(target, ctx, clause.coverage);
    if (!('avgPct' in fact)) return fact;
    const evidence = {
      ...common,
      years: fact.years,
      observed: fact.avgPct === null ? null : tidy(fact.avgPct),
      threshold: required.band.minPct,
      band: fact.bandId,
    };
    if (fact.bandOrder === null || fact.avgPct === null)
      return { ...evidence, verdict: 'not_assessable', reason: 'missing_value' };
    if (fact.bandOrder <= required.order) return { ...evidence, verdict: 'pass', reason: 'band_reached' };
    const shortfall = required.band.minPct === null ? undefined : tidy(required.band.minPct - fact.avgPct);
    return {
      ...evidence,
      verdict: 'fail',
      reason: 'band_too_low',
      ...(shortfall === undefined ? {} : { shortfall }),
    };
  });
}

/** "No year in Nhóm 5": any year at or below the band fails, even when other years are missing. */
export function evaluateNoYearInBand(clause: NoYearInBandClause, ctx: ClauseContext): ClauseResult {
  return perTarget(clause, ctx, (target) => {
    const banned = findBand(ctx.bands, clause.band);
    const common = {
      index: target.index,
      component: target.component,
      unitCode: target.unitCode,
      band: clause.band,
    };
    if (!banned) return { ...common, verdict: 'not_assessable', reason: 'unknown_band', years: [] };
    const years = windowYears(ctx);
    const seen: number[] = [];
    const hit: number[] = [];
    for (const year of years) {
      const fact = ctx.facts.score(target.index, target.unitCode, target.component, year);
      if (!fact || fact.bandOrder === null) continue;
      seen.push(year);
      if (fact.bandOrder >= banned.order) hit.push(year);
    }
    const missingYears = years.filter((year) => !seen.includes(year));
    if (hit.length > 0)
      return { ...common, verdict: 'fail', reason: 'year_in_band', years: hit, missingYears };
    if (seen.length === 0 || ((clause.coverage ?? 'all_years') === 'all_years' && missingYears.length > 0)) {
      return { ...common, verdict: 'not_assessable', reason: 'missing_years', years: seen, missingYears };
    }
    return { ...common, verdict: 'pass', reason: 'no_year_in_band', years: seen };
  });
}
