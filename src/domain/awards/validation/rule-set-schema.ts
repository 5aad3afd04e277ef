import * as v from 'valibot';
import { CATALOGUE, INDEX_CODES } from '@/domain/catalogue';

// The award rule-set file (data/award-rules/*.json, format "award-rule-set/1") as valibot schemas:
// the one statement of its shape. The types in rule-set-types.ts are inferred from these, and
// validate-rule-set.ts turns valibot's issues into the messages a user reads. Objects are strict:
// a misspelt field is an error, not silently ignored. Valibot checks with plain functions (no eval),
// so this runs under the app's strict CSP.

export const RULE_SET_FORMAT = 'award-rule-set/1';

const ID = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,79}$/));
const TEXT = v.pipe(v.string(), v.regex(/\S/));
const LOCALIZED = v.strictObject({ vi: TEXT, en: TEXT });
const YEAR = v.pipe(v.number(), v.integer(), v.minValue(1990));
const NUMBER = v.number();
const INDEX = v.picklist(INDEX_CODES);
const COMPONENT = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_]{1,40}$/));
const BLOCK = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,79}$/));
const LEVEL = v.picklist(CATALOGUE.levels);
const COUNT = v.pipe(v.number(), v.integer(), v.minValue(0));

/** A number, or one value per span of years (e.g. ≥ 90 % through 2025, ≥ 95 % through 2030). */
const THRESHOLD = v.union([
  NUMBER,
  v.pipe(v.array(v.strictObject({ from: YEAR, to: YEAR, value: NUMBER })), v.minLength(1)),
]);
const MEASURE = v.optional(v.picklist(['score', 'pct']));
const OP = v.picklist(['at_least', 'above']);
const COVERAGE = v.optional(v.picklist(['all_years', 'any_year']));
const BASE_YEAR = v.optional(YEAR);

/** The series a clause reads: `component` may be "advised" (the components the subject advises that year); `of` whose series (the home province's, for advising agencies). */
const SERIES = {
  id: ID,
  index: INDEX,
  component: COMPONENT,
  of: v.optional(v.picklist(['self', 'province'])),
};

export const BAND = v.strictObject({
  id: ID,
  label: LOCALIZED,
  /** Inclusive lower bound in % of max; null for the lowest band. */
  minPct: v.nullable(NUMBER),
});

/** Bands of one index for a level and block (null = any) over a span of years, best band first. */
export const BAND_SCHEME = v.strictObject({
  index: INDEX,
  component: COMPONENT,
  level: v.nullable(LEVEL),
  block: v.nullable(BLOCK),
  fromYear: YEAR,
  toYear: v.nullable(YEAR),
  bands: v.pipe(v.array(BAND), v.minLength(1)),
});

export const ROSE_CLAUSE = v.strictObject({
  ...SERIES,
  type: v.literal('rose'),
  measure: MEASURE,
  orHeldAtMax: v.optional(v.boolean()),
  /** Compare with this year instead of the previous one. */
  baseYear: BASE_YEAR,
});
export const VALUE_CLAUSE = v.strictObject({
  ...SERIES,
  type: v.literal('value'),
  measure: MEASURE,
  op: OP,
  threshold: THRESHOLD,
});
export const CHANGE_CLAUSE = v.strictObject({
  ...SERIES,
  type: v.literal('change'),
  measure: MEASURE,
  op: OP,
  threshold: THRESHOLD,
  baseYear: BASE_YEAR,
});
export const RANK_UP_CLAUSE = v.strictObject({
  ...SERIES,
  type: v.literal('rank_up'),
  places: v.pipe(v.number(), v.integer(), v.minValue(1)),
  baseYear: BASE_YEAR,
});
export const PERIOD_BAND_CLAUSE = v.strictObject({
  ...SERIES,
  type: v.literal('period_band_at_least'),
  band: ID,
  coverage: COVERAGE,
});
export const NO_YEAR_IN_BAND_CLAUSE = v.strictObject({
  ...SERIES,
  type: v.literal('no_year_in_band'),
  band: ID,
  coverage: COVERAGE,
});
export const PERIOD_AVERAGE_CLAUSE = v.strictObject({
  ...SERIES,
  type: v.literal('period_average'),
  measure: MEASURE,
  op: OP,
  threshold: THRESHOLD,
  coverage: COVERAGE,
});
export const ORDER_KEY = v.strictObject({
  index: INDEX,
  component: COMPONENT,
  source: v.picklist(['year', 'period_average']),
  direction: v.picklist(['asc', 'desc']),
});
export const QUOTA_CLAUSE = v.strictObject({
  id: ID,
  type: v.literal('quota'),
  perBlock: v.record(v.string(), COUNT),
  /** Quota of blocks not listed; absent = no quota for them (every qualifying unit passes). */
  default: v.optional(COUNT),
  orderBy: v.pipe(v.array(ORDER_KEY), v.minLength(1)),
});
export const CONSIDERED_UNDER_CLAUSE = v.strictObject({
  id: ID,
  type: v.literal('considered_under'),
  /** An earlier rule that takes precedence: a unit awarded there is not considered here. */
  rule: ID,
});
export const MANUAL_CLAUSE = v.strictObject({ id: ID, type: v.literal('manual'), title: LOCALIZED });

export const CLAUSE = v.variant('type', [
  ROSE_CLAUSE,
  VALUE_CLAUSE,
  CHANGE_CLAUSE,
  RANK_UP_CLAUSE,
  PERIOD_BAND_CLAUSE,
  NO_YEAR_IN_BAND_CLAUSE,
  PERIOD_AVERAGE_CLAUSE,
  QUOTA_CLAUSE,
  CONSIDERED_UNDER_CLAUSE,
  MANUAL_CLAUSE,
]);

const nonEmpty = <T extends v.GenericSchema>(item: T) => v.pipe(v.array(item), v.minLength(1));

export const SUBJECT = v.variant('kind', [
  v.strictObject({ kind: v.literal('advising_agencies') }),
  v.strictObject({ kind: v.literal('blocks'), blocks: nonEmpty(BLOCK) }),
  v.strictObject({ kind: v.literal('levels'), levels: nonEmpty(LEVEL) }),
  v.strictObject({ kind: v.literal('units'), units: nonEmpty(TEXT) }),
]);

export const RULE = v.strictObject({
  id: ID,
  title: LOCALIZED,
  award: v.picklist(['certificate', 'flag', 'target']),
  scope: v.picklist(['year', 'period']),
  subject: SUBJECT,
  clauses: nonEmpty(CLAUSE),
  note: v.optional(LOCALIZED),
});

/**
 * The block of a unit whose data names none (no `block` column, or the import's fallback to its
 * level): an agency the advising map names for that year, else by its level. The data's own block wins.
 * `levels` maps a unit level (catalogue code) to a block.
 */
export const BLOCK_DEFAULTS = v.strictObject({
  levels: v.record(v.string(), BLOCK),
  advisingAgencies: v.optional(BLOCK),
});

export const RULE_SET = v.strictObject({
  format: v.literal(RULE_SET_FORMAT),
  id: ID,
  version: v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/)),
  title: LOCALIZED,
  source: v.strictObject({ document: TEXT, note: v.optional(LOCALIZED) }),
  periods: v.array(v.strictObject({ id: v.pipe(v.string(), v.regex(/^\S+$/)), from: YEAR, to: YEAR })),
  bands: v.array(BAND_SCHEME),
  blockDefaults: v.optional(BLOCK_DEFAULTS),
  rules: nonEmpty(RULE),
});

export const BAND_REGISTRY = v.strictObject({ schemes: v.array(BAND_SCHEME) });
