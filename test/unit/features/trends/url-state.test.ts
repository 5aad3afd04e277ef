import { describe, expect, it } from 'vitest';
import { defaultRange, parseTrendsState, trendsParams } from '@/features/trends/model/url-state';

const parse = (search: string, home: string | null = 'ha-tinh') =>
  parseTrendsState(new URLSearchParams(search), home);

describe('parseTrendsState(params, homeUnit)', () => {
  it.each([
    [
      'index=PAPI&compare=quang-ninh,da-nang&from=2018&to=2024',
      { index: 'PAPI', compare: ['quang-ninh', 'da-nang'], from: 2018, to: 2024 },
    ],
    ['index=NOPE', { index: 'PAPI', compare: [], from: null, to: null }],
    ['from=2024&to=2018', { from: 2018, to: 2024 }],
    ['from=20x8', { from: null }],
    ['compare=ha-tinh,a,a,b,c,d,e,f', { compare: ['a', 'b', 'c', 'd', 'e'] }],
    [
      'comp=d1,TOTAL&focus=d2&peer=block&combined=mean',
      { components: ['D1', 'TOTAL'], focus: 'D2', peer: 'block', combined: true },
    ],
    ['peer=nonsense&combined=yes', { peer: 'level', combined: false, focus: 'TOTAL' }],
  ])('reads %s', (search, expected) => {
    expect(parse(search)).toMatchObject(expected);
  });

  it('round-trips through trendsParams without the defaults', () => {
    const state = parse(
      'index=PCI&compare=a,b&comp=TOTAL,LAND&focus=LAND&from=2019&to=2024&peer=block&combined=mean&baseline=base&base=2016',
    );
    const params = new URLSearchParams(
      Object.entries(trendsParams(state)).filter(
        (entry): entry is [string, string] => entry[1] !== undefined,
      ),
    );
    expect(parse(params.toString())).toEqual(state);
    expect(state.baseline).toEqual({ mode: 'base', base: 2016 });
    expect(trendsParams({ focus: 'TOTAL', peer: 'level', combined: false, compare: [] })).toEqual({
      focus: undefined,
      peer: undefined,
      combined: undefined,
      compare: undefined,
    });
  });
});

describe('defaultRange(first, last)', () => {
  it.each([
    [2011, 2024, { from: 2018, to: 2024 }],
    [2021, 2024, { from: 2021, to: 2024 }],
  ])('%i–%i', (first, last, expected) => expect(defaultRange(first, last)).toEqual(expected));
});
