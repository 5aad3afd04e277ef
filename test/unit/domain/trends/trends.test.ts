import { describe, expect, it } from 'vitest';
import { changeDirection } from '@/domain/trends/change-direction';
import { stretchSince, toLineSeries } from '@/domain/trends/line-series';
import { parseReasons } from '@/domain/weak/reasons';

describe('toLineSeries(rows, keyOf, valueOf)', () => {
  it('makes one object per year of the rows, null where a key has no value, never 0; no year made up', () => {
    // As buildSeries returns them: 2017 is a gap row of NULLs, 2019 is not in the range asked for.
    const rows = [
      { year: 2018, unit: 'a', score: 6 },
      { year: 2016, unit: 'a', score: 5 },
      { year: 2017, unit: 'a', score: null },
      { year: 2018, unit: 'b', score: null },
    ];
    expect(
      toLineSeries(
        rows,
        (r) => r.unit,
        (r) => r.score,
      ),
    ).toEqual({
      keys: ['a', 'b'],
      data: [
        { year: 2016, a: 5, b: null },
        { year: 2017, a: null, b: null },
        { year: 2018, a: 6, b: null },
      ],
    });
  });
});

describe('stretchSince(year, breaks)', () => {
  it('names the last break at or before the year, none before the first break', () => {
    expect([2024, 2025, 2030].map((year) => stretchSince(year, [2018, 2025]))).toEqual([2018, 2025, 2025]);
    expect(stretchSince(2017, [2018, 2025])).toBeNull();
  });
});

describe('changeDirection(change)', () => {
  it('names the direction of a change, none without one', () => {
    expect([changeDirection(-0.1), changeDirection(0), changeDirection(2), changeDirection(null)]).toEqual([
      'down',
      'same',
      'up',
      null,
    ]);
  });
});

describe('parseReasons(text)', () => {
  it('parses reasons and rejects an unknown one', () => {
    expect(parseReasons('low_pct,falling_rank')).toEqual(['low_pct', 'falling_rank']);
    expect(parseReasons('')).toEqual([]);
    expect(() => parseReasons('oops')).toThrow(/Unknown/);
  });
});
