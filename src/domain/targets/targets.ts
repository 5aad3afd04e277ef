import type { IndexCode, Localized } from '@/domain/catalogue';

/** The facts a target is judged on: one unit × component × year, as the SQL gives them. */
export interface TargetPoint {
  readonly unit: string;
  readonly unitLevel: string;
  readonly component: string;
  readonly year: number;
  readonly score: number | null;
  readonly rank: number | null;
}

/**
 * Whether a target's baseline and target years compare, as the SQL judged it (src/sql/target-facts.ts):
 * scores not across a methodology break or a merger, ranks not across a new set of peers or a merger.
 */
export interface TargetComparison {
  readonly targetId: string;
  readonly comparable: boolean;
  readonly rankComparable: boolean;
}

/** What targets are judged on: their units' scores and ranks, and whether each target's years compare. */
export interface TargetFacts {
  readonly points: readonly TargetPoint[];
  readonly comparisons: readonly TargetComparison[];
}

/** A target fact of one index among several (the briefing reads every index's targets at once). */
export interface IndexedTargetPoint extends TargetPoint {
  readonly index: IndexCode;
}

/** The three ways the plans state a target (DOMAIN §3). */
export const TARGET_KINDS = ['rank_up', 'total_change', 'value_at_least'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** One target, as written in data/targets/*.json (see data/targets/README.md). */
export interface Target {
  readonly id: string;
  readonly unit: string;
  readonly index: IndexCode;
  readonly component: string;
  readonly kind: TargetKind;
  /** Places to gain (rank_up), points to add (total_change) or the floor to reach (value_at_least). */
  readonly amount: number;
  /** Required for rank_up and total_change; ignored by value_at_least. */
  readonly baselineYear: number | null;
  readonly targetYear: number;
  readonly label: Localized;
  /** The plan the target comes from, for the evidence line. */
  readonly plan: Localized;
  readonly sample: boolean;
}

export type TargetStatus = 'met' | 'not_met' | 'not_yet_measurable';
export type TargetReason = 'no_baseline' | 'no_target_data' | 'not_comparable' | null;

export interface TargetVerdict {
  readonly target: Target;
  readonly status: TargetStatus;
  readonly reason: TargetReason;
  /** Baseline rank (rank_up) or score (total_change); null for value_at_least or when missing. */
  readonly baseline: number | null;
  /** The rank to reach or better, or the score to reach or exceed. */
  readonly goal: number | null;
  /** The value in the target year, when there is one. */
  readonly observed: number | null;
  /** The latest year up to the target year with a value, to show progress while waiting. */
  readonly latest: { readonly year: number; readonly value: number } | null;
}

// Scores come rounded to 2 decimals by publishers; float noise must not turn "exactly +0.50" into a miss.
const EPSILON = 1e-9;

const valueAt = (target: Target, point: TargetPoint | undefined): number | null =>
  point ? (target.kind === 'rank_up' ? point.rank : point.score) : null;

/**
 * Judges one target on the SQL rows of its unit and component. A target whose baseline and target
 * years the SQL finds not comparable is "not yet measurable": the plans never said how to compare
 * across a methodology break, a new set of peers or a merger.
 */
export function evaluateTarget(target: Target, facts: TargetFacts): TargetVerdict {
  const own = facts.points.filter(
    (point) => point.unit === target.unit && point.component === target.component,
  );
  const at = (year: number | null) => (year === null ? undefined : own.find((point) => point.year === year));
  const baselinePoint = at(target.baselineYear);
  const targetPoint = at(target.targetYear);
  const baseline = target.kind === 'value_at_least' ? null : valueAt(target, baselinePoint);
  const goal =
    target.kind === 'value_at_least'
      ? target.amount
      : baseline === null
        ? null
        : target.kind === 'rank_up'
          ? baseline - target.amount
          : baseline + target.amount;
  const observed = valueAt(target, targetPoint);
  const latestPoint = own
    .filter((point) => point.year <= target.targetYear && valueAt(target, point) !== null)
    .at(-1);
  const latestValue = valueAt(target, latestPoint);
  const latest = latestPoint && latestValue !== null ? { year: latestPoint.year, value: latestValue } : null;
  const verdict = (status: TargetStatus, reason: TargetReason): TargetVerdict => ({
    target,
    status,
    reason,
    baseline,
    goal,
    observed,
    latest,
  });

  if (target.kind !== 'value_at_least') {
    const base = target.baselineYear;
    if (base === null || baseline === null) return verdict('not_yet_measurable', 'no_baseline');
    const comparison = facts.comparisons.find((entry) => entry.targetId === target.id);
    // Not read yet (or not at all): nothing is compared until the SQL has said the years compare.
    const comparable = target.kind === 'rank_up' ? comparison?.rankComparable : comparison?.comparable;
    if (comparable !== true) return verdict('not_yet_measurable', 'not_comparable');
  }
  if (observed === null || goal === null) return verdict('not_yet_measurable', 'no_target_data');
  const met = target.kind === 'rank_up' ? observed <= goal : observed >= goal - EPSILON;
  return verdict(met ? 'met' : 'not_met', null);
}

export function isTargetKind(value: unknown): value is TargetKind {
  return typeof value === 'string' && (TARGET_KINDS as readonly string[]).includes(value);
}

/** The four answers a reader gets: not comparable (a break or merger between the years) is not "no data". */
export type TargetOutcome = 'met' | 'not_met' | 'not_comparable' | 'no_data';

export function targetOutcome(verdict: TargetVerdict): TargetOutcome {
  if (verdict.status !== 'not_yet_measurable') return verdict.status;
  return verdict.reason === 'not_comparable' ? 'not_comparable' : 'no_data';
}
