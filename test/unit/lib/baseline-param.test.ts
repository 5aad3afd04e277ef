import { describe, expect, it } from 'vitest';
import { type Baseline, baselineParams, DEFAULT_BASELINE, parseBaseline } from '@/lib/baseline-param';
import { formatHash } from '@/lib/hash-route';

/** Writes the baseline into a hash as the screens do, and reads it back as a reload would. */
function roundTrip(baseline: Baseline): Baseline {
  const hash = formatHash('/trends', { index: 'PAPI', ...baselineParams(baseline) });
  return parseBaseline(new URLSearchParams(hash.split('?')[1] ?? ''));
}

describe('the baseline in the URL', () => {
  it('survives a reload or a shared link for every choice', () => {
    for (const baseline of [
      DEFAULT_BASELINE,
      { mode: 'base', base: 2021 },
      { mode: 'target', base: null },
    ] as const) {
      expect(roundTrip(baseline)).toEqual(baseline);
    }
  });

  it('keeps links short: the default writes nothing, a base year travels only with base', () => {
    expect(formatHash('/trends', baselineParams(DEFAULT_BASELINE))).toBe('#/trends');
    expect(baselineParams({ mode: 'target', base: 2019 })).toEqual({ baseline: 'target', base: undefined });
    expect(formatHash('/trends', baselineParams({ mode: 'base', base: 2021 }))).toBe(
      '#/trends?baseline=base&base=2021',
    );
  });

  it('treats a crafted value as absent, never as an error', () => {
    const read = (text: string) => parseBaseline(new URLSearchParams(text));
    expect(read('baseline=yesterday')).toEqual(DEFAULT_BASELINE);
    expect(read('baseline=base&base=2021%3BDROP')).toEqual({ mode: 'base', base: null });
    expect(read('baseline=base&base=1800')).toEqual({ mode: 'base', base: null });
    expect(read('baseline=previous&base=2021')).toEqual(DEFAULT_BASELINE);
  });
});
