import { describe, expect, it } from 'vitest';
import { parseAwardsParams } from '@/features/awards/model/awards-url';
import { parseTrendsState } from '@/features/trends/model/url-state';
import { parseWeakParams } from '@/features/weak-components/model/url-state';
import { parseHash } from '@/lib/hash-route';
import {
  checkKnownCode,
  MAX_URL_PARAMS,
  MAX_URL_VALUE,
  urlCode,
  urlCodeList,
  urlInt,
  urlPick,
  urlYear,
} from '@/lib/url-values';

const CRAFTED = `x' OR 1=1--${'A'.repeat(10_000)}`;

describe('the URL gate', () => {
  it('drops over-long, invisible-character and oddly named params in parseHash', () => {
    const route = parseHash(
      `#/trends?unit=${encodeURIComponent(CRAFTED)}&index=PCI&focus=D%E2%80%8B1&Bad-Key=1&from=2018`,
    );
    expect(route.path).toBe('/trends');
    expect(route.params.has('unit')).toBe(false);
    expect(route.params.has('focus')).toBe(false);
    expect(route.params.has('Bad-Key')).toBe(false);
    expect(route.params.get('index')).toBe('PCI');
    expect(route.params.get('from')).toBe('2018');
  });

  it('keeps a value at the bound and drops one past it', () => {
    const at = 'a'.repeat(MAX_URL_VALUE);
    expect(parseHash(`#/?data=${at}`).params.get('data')).toBe(at);
    expect(parseHash(`#/?data=${at}a`).params.has('data')).toBe(false);
  });

  it('keeps the first of a repeated key and at most MAX_URL_PARAMS params', () => {
    expect(parseHash('#/?unit=ha-tinh&unit=x').params.getAll('unit')).toEqual(['ha-tinh']);
    const many = Array.from(
      { length: 100 },
      (_, n) => `k${String.fromCharCode(97 + (n % 26))}${'z'.repeat(Math.floor(n / 26))}=1`,
    );
    expect(parseHash(`#/?${many.join('&')}`).params.size).toBe(MAX_URL_PARAMS);
  });

  it('accepts codes and rejects quotes, spaces and long values', () => {
    expect(urlCode('ha-tinh')).toBe('ha-tinh');
    expect(urlCode('imp_m3x_0a1b')).toBe('imp_m3x_0a1b');
    expect(urlCode("x' OR 1=1--")).toBeNull();
    expect(urlCode('a b')).toBeNull();
    expect(urlCode('a'.repeat(65))).toBeNull();
    expect(urlCode('')).toBeNull();
    expect(urlCode(null)).toBeNull();
  });

  it('reads numbers, years and words only inside their range', () => {
    expect(urlInt('50', 1, 100)).toBe(50);
    expect(urlInt('0', 1, 100)).toBeNull();
    expect(urlInt('1e2', 1, 100)).toBeNull();
    expect(urlInt('-5', -10, 100)).toBeNull();
    expect(urlYear('2024')).toBe(2024);
    expect(urlYear('1899')).toBeNull();
    expect(urlYear('99999')).toBeNull();
    expect(urlPick(['a', 'b'] as const, 'b')).toBe('b');
    expect(urlPick(['a', 'b'] as const, 'c')).toBeNull();
  });

  it('lists codes without bad items or duplicates, up to a limit', () => {
    expect(urlCodeList("ha-tinh, x' OR 1,ha-tinh,da-nang,hue", 2)).toEqual(['ha-tinh', 'da-nang']);
    expect(urlCodeList(null, 5)).toEqual([]);
  });

  it('confirms a code only when the data holds it', () => {
    const known = new Set(['ha-tinh', 'da-nang']);
    expect(checkKnownCode('ha-tinh', known)).toEqual({ value: 'ha-tinh', confirmed: true });
    expect(checkKnownCode('atlantis', known)).toEqual({ value: null, confirmed: false });
    expect(checkKnownCode(CRAFTED, known)).toEqual({ value: null, confirmed: false });
    // Before the units are loaded a well-formed code may be shown, but is not yet to be remembered.
    expect(checkKnownCode('ha-tinh', undefined)).toEqual({ value: 'ha-tinh', confirmed: false });
    expect(checkKnownCode(CRAFTED, undefined)).toEqual({ value: null, confirmed: false });
  });
});

describe('every screen reads its params through the gate', () => {
  const hostile = (keys: string[]) =>
    parseHash(`#/x?${keys.map((key) => `${key}=${encodeURIComponent("x' OR 1=1--")}`).join('&')}`).params;

  it('trends falls back to its defaults', () => {
    const state = parseTrendsState(hostile(['index', 'compare', 'comp', 'focus', 'from', 'to', 'peer']));
    expect(state).toMatchObject({
      index: 'PAPI',
      compare: [],
      components: [],
      focus: 'TOTAL',
      from: null,
      to: null,
      peer: 'level',
    });
  });

  it('weak points falls back to its defaults', () => {
    const view = parseWeakParams(
      hostile(['index', 'year', 'level', 'block', 'low', 'pct', 'fall', 'colour']),
    );
    expect(view).toMatchObject({
      index: 'PAPI',
      year: null,
      level: null,
      block: null,
      low: 'median',
      lowPct: 50,
      fall: 3,
    });
  });

  it('awards drops a bad block, year and data source', () => {
    const url = parseAwardsParams(hostile(['block', 'year', 'data']));
    expect(url.block).toBeNull();
    expect(url.context).toBeNull();
    expect(url.sources).toEqual([]);
  });
});
