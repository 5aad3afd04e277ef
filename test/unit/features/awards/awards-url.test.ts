import { describe, expect, it } from 'vitest';
import {
  contextKey,
  contextParams,
  parseAwardsParams,
  parseContext,
  parseContextKey,
} from '@/features/awards/model/awards-url';

describe('parseAwardsParams(params)', () => {
  it.each([
    ['ruleset=soc-trang-2021-2030&year=2025', { ruleSetId: 'soc-trang-2021-2030', context: { year: 2025 } }],
    ['ruleset=x&period=2021-2025', { ruleSetId: 'x', context: { period: { from: 2021, to: 2025 } } }],
    ['year=2025&period=2021-2025', { context: { year: 2025 } }],
    ['year=25', { context: null }],
    ['period=2025-2021', { context: null }],
    ['', { ruleSetId: null, context: null, block: null, filter: 'all', sources: null }],
    ['block=so-nganh&filter=near', { block: 'so-nganh', filter: 'near' }],
    ['filter=bogus', { filter: 'all' }],
    ['data=sample,imp_1,', { sources: ['sample', 'imp_1'] }],
  ])('reads "%s"', (search, expected) => {
    expect(parseAwardsParams(new URLSearchParams(search))).toMatchObject(expected);
  });
});

describe('contexts in the URL and in the <select>', () => {
  it.each([
    [{ year: 2025 }, 'year:2025', { year: '2025', period: undefined }],
    [{ period: { from: 2021, to: 2025 } }, 'period:2021-2025', { year: undefined, period: '2021-2025' }],
  ])('round-trips %j', (context, key, params) => {
    expect(contextKey(context)).toBe(key);
    expect(parseContextKey(key)).toEqual(context);
    expect(contextParams(context)).toEqual(params);
    expect(parseContext(params.year ?? null, params.period ?? null)).toEqual(context);
  });

  it.each(['month:2025', 'year:abc', 'period:2025', ''])('rejects the key "%s"', (key) => {
    expect(parseContextKey(key)).toBeNull();
  });
});
