import { CATALOGUE, INDEX_CODES } from '@/domain/catalogue';
import type { ObjectSchema, Schema } from './schema';

const ID: Schema = { kind: 'string', pattern: /^[a-z0-9][a-z0-9-]{0,79}$/ };
const TEXT: Schema = { kind: 'string', pattern: /\S/ };
const LOCALIZED: Schema = { kind: 'object', required: { vi: TEXT, en: TEXT } };
const YEAR: Schema = { kind: 'number', integer: true, min: 1990 };
const NUMBER: Schema = { kind: 'number' };
const INDEX: Schema = { kind: 'string', oneOf: INDEX_CODES };
const COMPONENT: Schema = { kind: 'string', pattern: /^[A-Za-z0-9_]{1,40}$/ };
const BLOCK: Schema = { kind: 'string', pattern: /^[a-z0-9][a-z0-9-]{0,79}$/ };
const NULLABLE = (schema: Schema): Schema => ({ kind: 'anyOf', of: [schema, { kind: 'null' }] });
const THRESHOLD: Schema = {
  kind: 'anyOf',
  of: [
    NUMBER,
    {
      kind: 'array',
      minItems: 1,
      items: { kind: 'object', required: { from: YEAR, to: YEAR, value: NUMBER } },
    },
  ],
};
const MEASURE: Schema = { kind: 'string', oneOf: ['score', 'pct'] };
const OP: Schema = { kind: 'string', oneOf: ['at_least', 'above'] };
const COVERAGE: Schema = { kind: 'string', oneOf: ['all_years', 'any_year'] };

const series = (required: Record<string, Schema>, optional: Record<string, Schema> = {}): ObjectSchema => ({
  kind: 'object',
  required: { id: ID, type: { kind: 'string' }, index: INDEX, component: COMPONENT, ...required },
  optional: { of: { kind: 'string', oneOf: ['self', 'province'] }, ...optional },
});

const CLAUSE: Schema = {
  kind: 'tagged',
  tag: 'type',
  variants: {
    rose: series({}, { measure: MEASURE, orHeldAtMax: { kind: 'boolean' }, baseYear: YEAR }),
    value: series({ op: OP, threshold: THRESHOLD }, { measure: MEASURE }),
    change: series({ op: OP, threshold: THRESHOLD }, { measure: MEASURE, baseYear: YEAR }),
    rank_up: series({ places: { kind: 'number', integer: true, min: 1 } }, { baseYear: YEAR }),
    period_band_at_least: series({ band: ID }, { coverage: COVERAGE }),
    no_year_in_band: series({ band: ID }, { coverage: COVERAGE }),
    period_average: series({ op: OP, threshold: THRESHOLD }, { measure: MEASURE, coverage: COVERAGE }),
    quota: {
      kind: 'object',
      required: {
        id: ID,
        type: { kind: 'string' },
        perBlock: { kind: 'record', values: { kind: 'number', integer: true, min: 0 } },
        orderBy: {
          kind: 'array',
          minItems: 1,
          items: {
            kind: 'object',
            required: {
              index: INDEX,
              component: COMPONENT,
              source: { kind: 'string', oneOf: ['year', 'period_average'] },
              direction: { kind: 'string', oneOf: ['asc', 'desc'] },
            },
          },
        },
      },
      optional: { default: { kind: 'number', integer: true, min: 0 } },
    },
    considered_under: { kind: 'object', required: { id: ID, type: { kind: 'string' }, rule: ID } },
    manual: { kind: 'object', required: { id: ID, type: { kind: 'string' }, title: LOCALIZED } },
  },
};

const SUBJECT: Schema = {
  kind: 'tagged',
  tag: 'kind',
  variants: {
    advising_agencies: { kind: 'object', required: { kind: { kind: 'string' } } },
    blocks: {
      kind: 'object',
      required: { kind: { kind: 'string' }, blocks: { kind: 'array', minItems: 1, items: BLOCK } },
    },
    levels: {
      kind: 'object',
      required: {
        kind: { kind: 'string' },
        levels: { kind: 'array', minItems: 1, items: { kind: 'string', oneOf: CATALOGUE.levels } },
      },
    },
    units: {
      kind: 'object',
      required: { kind: { kind: 'string' }, units: { kind: 'array', minItems: 1, items: TEXT } },
    },
  },
};

export const BAND_SCHEME_SCHEMA: Schema = {
  kind: 'object',
  required: {
    index: INDEX,
    component: COMPONENT,
    level: NULLABLE({ kind: 'string', oneOf: CATALOGUE.levels }),
    block: NULLABLE(BLOCK),
    fromYear: YEAR,
    toYear: NULLABLE(YEAR),
    bands: {
      kind: 'array',
      minItems: 1,
      items: { kind: 'object', required: { id: ID, label: LOCALIZED, minPct: NULLABLE(NUMBER) } },
    },
  },
};

export const RULE_SET_SCHEMA: Schema = {
  kind: 'object',
  required: {
    format: { kind: 'string', oneOf: ['award-rule-set/1'] },
    id: ID,
    version: { kind: 'string', pattern: /^\d+\.\d+\.\d+$/ },
    title: LOCALIZED,
    source: { kind: 'object', required: { document: TEXT }, optional: { note: LOCALIZED } },
    periods: {
      kind: 'array',
      items: { kind: 'object', required: { id: { kind: 'string', pattern: /^\S+$/ }, from: YEAR, to: YEAR } },
    },
    bands: { kind: 'array', items: BAND_SCHEME_SCHEMA },
    rules: {
      kind: 'array',
      minItems: 1,
      items: {
        kind: 'object',
        required: {
          id: ID,
          title: LOCALIZED,
          award: { kind: 'string', oneOf: ['certificate', 'flag', 'target'] },
          scope: { kind: 'string', oneOf: ['year', 'period'] },
          subject: SUBJECT,
          clauses: { kind: 'array', minItems: 1, items: CLAUSE },
        },
        optional: { note: LOCALIZED },
      },
    },
  },
  optional: {
    blockDefaults: {
      kind: 'object',
      required: { levels: { kind: 'record', values: BLOCK } },
      optional: { advisingAgencies: BLOCK },
    },
  },
};

export const BAND_REGISTRY_SCHEMA: Schema = {
  kind: 'object',
  required: { schemes: { kind: 'array', items: BAND_SCHEME_SCHEMA } },
};
