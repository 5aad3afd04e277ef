import type { IndexCode, Localized } from '@/domain/catalogue';

/** Award rule sets as data (data/award-rules/*.json, format "award-rule-set/1"); validated on load. */
export const RULE_SET_FORMAT = 'award-rule-set/1';

export interface Period {
  readonly id: string;
  readonly from: number;
  readonly to: number;
}

/** A number, or one value per span of years (e.g. ≥ 90 % through 2025, ≥ 95 % through 2030). */
export type Threshold =
  | number
  | readonly { readonly from: number; readonly to: number; readonly value: number }[];

export interface Band {
  readonly id: string;
  readonly label: Localized;
  /** Inclusive lower bound in % of max; null for the lowest band. */
  readonly minPct: number | null;
}
/** Bands of one index for a level and block (null = any) over a span of years, best band first. */
export interface BandScheme {
  readonly index: IndexCode;
  readonly component: string;
  readonly level: string | null;
  readonly block: string | null;
  readonly fromYear: number;
  readonly toYear: number | null;
  readonly bands: readonly Band[];
}

export type Measure = 'score' | 'pct';
export type Op = 'at_least' | 'above';
export type Coverage = 'all_years' | 'any_year';

interface ClauseBase {
  readonly id: string;
}
interface SeriesRef {
  readonly index: IndexCode;
  /** A component code, or "advised": the components the subject advises that year. */
  readonly component: string;
  /** Whose series: the subject's own, or the home province's (advising agencies are judged on it). */
  readonly of?: 'self' | 'province';
}
export interface RoseClause extends ClauseBase, SeriesRef {
  readonly type: 'rose';
  readonly measure?: Measure;
  readonly orHeldAtMax?: boolean;
  /** Compare with this year instead of the previous one. */
  readonly baseYear?: number;
}
export interface ValueClause extends ClauseBase, SeriesRef {
  readonly type: 'value';
  readonly measure?: Measure;
  readonly op: Op;
  readonly threshold: Threshold;
}
export interface ChangeClause extends ClauseBase, SeriesRef {
  readonly type: 'change';
  readonly measure?: Measure;
  readonly op: Op;
  readonly threshold: Threshold;
  readonly baseYear?: number;
}
export interface RankUpClause extends ClauseBase, SeriesRef {
  readonly type: 'rank_up';
  readonly places: number;
  readonly baseYear?: number;
}
export interface PeriodBandClause extends ClauseBase, SeriesRef {
  readonly type: 'period_band_at_least';
  readonly band: string;
  readonly coverage?: Coverage;
}
export interface NoYearInBandClause extends ClauseBase, SeriesRef {
  readonly type: 'no_year_in_band';
  readonly band: string;
  readonly coverage?: Coverage;
}
export interface PeriodAverageClause extends ClauseBase, SeriesRef {
  readonly type: 'period_average';
  readonly measure?: Measure;
  readonly op: Op;
  readonly threshold: Threshold;
  readonly coverage?: Coverage;
}
export interface OrderKey {
  readonly index: IndexCode;
  readonly component: string;
  readonly source: 'year' | 'period_average';
  readonly direction: 'asc' | 'desc';
}
export interface QuotaClause extends ClauseBase {
  readonly type: 'quota';
  readonly perBlock: Readonly<Record<string, number>>;
  /** Quota of blocks not listed; absent = no quota for them (every qualifying unit passes). */
  readonly default?: number;
  readonly orderBy: readonly OrderKey[];
}
export interface ConsideredUnderClause extends ClauseBase {
  readonly type: 'considered_under';
  /** An earlier rule that takes precedence: a unit awarded there is not considered here. */
  readonly rule: string;
}
export interface ManualClause extends ClauseBase {
  readonly type: 'manual';
  readonly title: Localized;
}

export type Clause =
  | RoseClause
  | ValueClause
  | ChangeClause
  | RankUpClause
  | PeriodBandClause
  | NoYearInBandClause
  | PeriodAverageClause
  | QuotaClause
  | ConsideredUnderClause
  | ManualClause;
export type ClauseType = Clause['type'];
export type SeriesClause = Exclude<Clause, QuotaClause | ConsideredUnderClause | ManualClause>;

export type Subject =
  | { readonly kind: 'advising_agencies' }
  | { readonly kind: 'blocks'; readonly blocks: readonly string[] }
  | { readonly kind: 'levels'; readonly levels: readonly string[] }
  | { readonly kind: 'units'; readonly units: readonly string[] };

export interface Rule {
  readonly id: string;
  readonly title: Localized;
  readonly award: 'certificate' | 'flag' | 'target';
  readonly scope: 'year' | 'period';
  readonly subject: Subject;
  readonly clauses: readonly Clause[];
  readonly note?: Localized;
}

/**
 * The block of a unit whose data names none (no `block` column, or the import's fallback to its
 * level): an agency the advising map names for that year, else by its level. The data's own block wins.
 */
export interface BlockDefaults {
  /** Unit level (catalogue code) → block. */
  readonly levels: Readonly<Record<string, string>>;
  /** Block of the agencies the advising map names for a year. */
  readonly advisingAgencies?: string;
}

export interface RuleSet {
  readonly format: typeof RULE_SET_FORMAT;
  readonly id: string;
  readonly version: string;
  readonly title: Localized;
  readonly source: { readonly document: string; readonly note?: Localized };
  readonly periods: readonly Period[];
  readonly bands: readonly BandScheme[];
  readonly blockDefaults?: BlockDefaults;
  readonly rules: readonly Rule[];
}
