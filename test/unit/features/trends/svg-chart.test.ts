import { describe, expect, it } from 'vitest';
import type { LineDatum } from '@/domain/trends/line-series';
import { linePath, niceTicks, planPlot } from '@/features/trends/model/svg-chart';

const box = { width: 320, height: 150, left: 40, right: 14, top: 10, bottom: 22 };
const data: LineDatum[] = [
  { year: 2018, a: 5, r: 10 },
  { year: 2019, a: null, r: 3 },
  { year: 2020, a: 6, r: 1 },
  { year: 2021, a: 7, r: null },
];

describe('niceTicks(min, max)', () => {
  it.each([
    [0, 10, [0, 2, 4, 6, 8, 10]],
    [4.2, 6.9, [4.5, 5, 5.5, 6, 6.5]],
    [0.1, 0.35, [0.1, 0.15, 0.2, 0.25, 0.3, 0.35]],
  ])('covers %s..%s with round steps', (min, max, expected) => {
    expect(niceTicks(min, max, 4)).toEqual(expected);
  });

  it('steps by whole numbers on a rank axis', () => {
    expect(niceTicks(1, 3, 4, true)).toEqual([1, 2, 3]);
  });
});

describe('linePath(data, key, x, y)', () => {
  it('breaks the line at a missing year instead of bridging it', () => {
    const path = linePath(
      data,
      'a',
      (year) => year - 2018,
      (value) => value,
    );
    expect(path).toBe('M0.0,5.0M2.0,6.0L3.0,7.0');
  });
});

describe('planPlot(data, lines, box)', () => {
  it('spreads the years across the plot and puts higher values higher', () => {
    const plot = planPlot(data, [{ key: 'a' }], box);
    expect(plot.x(2018)).toBeLessThan(plot.x(2021));
    expect(plot.left.scale(7)).toBeLessThan(plot.left.scale(5));
    expect(plot.right).toBeNull();
  });

  it('puts rank 1 at the top of a reversed axis', () => {
    const plot = planPlot(data, [{ key: 'r' }], box, { reversed: true });
    expect(plot.left.scale(1)).toBeLessThan(plot.left.scale(10));
    expect(plot.left.ticks.every(Number.isInteger)).toBe(true);
  });

  it('gives lines marked right their own axis, and widens the left one to a target line', () => {
    const plot = planPlot(data, [{ key: 'a' }, { key: 'r', right: true }], box, { references: [20] });
    expect(plot.right).not.toBeNull();
    const top = plot.left.scale(20);
    expect(top).toBeGreaterThanOrEqual(box.top);
  });
});
