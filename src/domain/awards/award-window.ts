import type { RuleSet, Threshold } from './rule-set-types';
import type { AwardContext } from './verdict-types';

export interface Window {
  readonly from: number;
  readonly to: number;
}

/**
 * The years aggregates read. A yearly evaluation reads its period to date (the Sóc Trăng plan judges
 * each year's certificate on the movement so far); a period evaluation reads the period asked for.
 */
export function awardWindow(ruleSet: RuleSet, context: AwardContext): Window {
  if ('period' in context) return { from: context.period.from, to: context.period.to };
  const period = ruleSet.periods.find(
    (candidate) => candidate.from <= context.year && context.year <= candidate.to,
  );
  return { from: period ? period.from : context.year, to: context.year };
}

/** The threshold in force in `year`; null when the rule file gives none for that year. */
export function thresholdFor(threshold: Threshold, year: number): number | null {
  if (typeof threshold === 'number') return threshold;
  const span = threshold.find((candidate) => candidate.from <= year && year <= candidate.to);
  return span ? span.value : null;
}

/** Rounds to 4 decimals so that float noise (89.2 − 89.19999) never decides a verdict. */
export function tidy(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
