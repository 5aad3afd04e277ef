import type * as v from 'valibot';
import type {
  BAND,
  BAND_SCHEME,
  BLOCK_DEFAULTS,
  CHANGE_CLAUSE,
  CLAUSE,
  CONSIDERED_UNDER_CLAUSE,
  MANUAL_CLAUSE,
  NO_YEAR_IN_BAND_CLAUSE,
  ORDER_KEY,
  PERIOD_AVERAGE_CLAUSE,
  PERIOD_BAND_CLAUSE,
  QUOTA_CLAUSE,
  RANK_UP_CLAUSE,
  ROSE_CLAUSE,
  RULE,
  RULE_SET,
  SUBJECT,
  VALUE_CLAUSE,
} from './validation/rule-set-schema';

// The rule-set types, inferred from the file's schemas (validation/rule-set-schema.ts, which says
// what each field means), read-only all the way down: a validated rule set is never changed.

export { RULE_SET_FORMAT } from './validation/rule-set-schema';

type Frozen<T> = T extends readonly (infer Item)[]
  ? readonly Frozen<Item>[]
  : T extends object
    ? { readonly [Key in keyof T]: Frozen<T[Key]> }
    : T;
type Of<TSchema extends v.GenericSchema> = Frozen<v.InferOutput<TSchema>>;

export type RuleSet = Of<typeof RULE_SET>;
export type Rule = Of<typeof RULE>;
export type Subject = Of<typeof SUBJECT>;
export type BlockDefaults = Of<typeof BLOCK_DEFAULTS>;
export type Period = RuleSet['periods'][number];
export type Band = Of<typeof BAND>;
export type BandScheme = Of<typeof BAND_SCHEME>;

export type Clause = Of<typeof CLAUSE>;
export type ClauseType = Clause['type'];
export type RoseClause = Of<typeof ROSE_CLAUSE>;
export type ValueClause = Of<typeof VALUE_CLAUSE>;
export type ChangeClause = Of<typeof CHANGE_CLAUSE>;
export type RankUpClause = Of<typeof RANK_UP_CLAUSE>;
export type PeriodBandClause = Of<typeof PERIOD_BAND_CLAUSE>;
export type NoYearInBandClause = Of<typeof NO_YEAR_IN_BAND_CLAUSE>;
export type PeriodAverageClause = Of<typeof PERIOD_AVERAGE_CLAUSE>;
export type QuotaClause = Of<typeof QUOTA_CLAUSE>;
export type ConsideredUnderClause = Of<typeof CONSIDERED_UNDER_CLAUSE>;
export type ManualClause = Of<typeof MANUAL_CLAUSE>;
export type SeriesClause = Exclude<Clause, QuotaClause | ConsideredUnderClause | ManualClause>;
export type OrderKey = Of<typeof ORDER_KEY>;

export type Threshold = ValueClause['threshold'];
export type Measure = NonNullable<ValueClause['measure']>;
export type Op = ValueClause['op'];
export type Coverage = NonNullable<PeriodBandClause['coverage']>;
