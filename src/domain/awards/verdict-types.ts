import type { IndexCode } from '@/domain/catalogue';
import type { UnplacedUnit } from './block-defaults';
import type { MissingSeries } from './missing-data';
import type { ClauseType, Op, OrderKey } from './rule-set-types';

export const VERDICTS = ['pass', 'fail', 'not_assessable', 'needs_confirmation'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Why a check came out as it did; each code has a vi/en message in src/i18n/award-messages.ts. */
export type ReasonCode =
  | 'met'
  | 'below_threshold'
  | 'average_met'
  | 'average_below'
  | 'rose'
  | 'held_at_max'
  | 'not_rose'
  | 'missing_value'
  | 'missing_previous'
  | 'no_predecessor'
  | 'methodology_break'
  | 'unit_merged'
  | 'rank_not_comparable'
  | 'missing_years'
  | 'band_reached'
  | 'band_too_low'
  | 'year_in_band'
  | 'no_year_in_band'
  | 'unknown_band'
  | 'no_advised_component'
  | 'province_unknown'
  | 'considered_under_other'
  | 'other_pending'
  | 'not_considered_elsewhere'
  | 'manual'
  | 'within_quota'
  | 'outside_quota'
  | 'tie_unresolved'
  | 'no_quota'
  | 'not_candidate';

/** One observation behind a clause: the numbers, the threshold, the years. */
export interface Check {
  readonly verdict: Verdict;
  readonly reason: ReasonCode;
  readonly index?: IndexCode;
  readonly component?: string;
  /** Whose data: the unit itself or the home province. */
  readonly unitCode?: string;
  readonly years: readonly number[];
  readonly observed?: number | null;
  readonly previous?: number | null;
  readonly delta?: number | null;
  readonly threshold?: number | null;
  readonly op?: Op;
  readonly band?: string | null;
  readonly missingYears?: readonly number[];
  /** How far from passing, in the unit of the check (points, %, places); > 0 on failures. */
  readonly shortfall?: number;
  readonly otherRule?: string;
}

export interface ClauseResult {
  readonly clauseId: string;
  readonly type: ClauseType;
  readonly verdict: Verdict;
  readonly checks: readonly Check[];
}

export interface QuotaPlacement {
  readonly position: number;
  readonly quota: number | null;
  readonly candidates: number;
  /** The order key that separated this unit from a neighbour tied on the first key; 'unresolved' when none did. */
  readonly tieBrokenBy: OrderKey | 'unresolved' | null;
  readonly keys: readonly (number | null)[];
}

export interface NearMiss {
  readonly clauseId: string;
  readonly check: Check;
}

export interface UnitVerdict {
  readonly ruleId: string;
  readonly unitCode: string;
  readonly unitName: string;
  readonly block: string;
  readonly level: string;
  /** The year judged: the evaluated year, or the last year of the period. */
  readonly judgedYear: number;
  readonly verdict: Verdict;
  readonly clauses: readonly ClauseResult[];
  /** Rank within block on the rule's first order key (PAR TOTAL when it has none). */
  readonly rankInBlock: number | null;
  readonly quota: QuotaPlacement | null;
  /** Failed on exactly one check: what that check missed by. */
  readonly nearMiss: NearMiss | null;
  /** Blocks the unit was in over the window, oldest first, when it changed block. */
  readonly blockHistory: readonly { readonly year: number; readonly block: string }[];
}

export type AwardContext =
  | { readonly year: number }
  | { readonly period: { readonly from: number; readonly to: number } };

export interface AwardEvaluation {
  readonly ruleSetId: string;
  readonly window: { readonly from: number; readonly to: number };
  readonly context: AwardContext;
  readonly verdicts: readonly UnitVerdict[];
  /** Units of the last year in no block the rule set judges (src/domain/awards/block-defaults.ts). */
  readonly unplaced: readonly UnplacedUnit[];
  /** Series the rules read that the chosen data lacks entirely (src/domain/awards/missing-data.ts). */
  readonly missing: readonly MissingSeries[];
}
