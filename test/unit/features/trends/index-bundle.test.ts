import { describe, expect, it } from 'vitest';
import { type IndexBundle, viewOfBundle } from '@/features/trends/model/index-bundle';
import type { SeriesPoint, YoyPoint } from '@/features/trends/model/types';

const series = (unit: string, year: number): SeriesPoint => ({
  unit,
  component: 'TOTAL',
  year,
  score: 50,
  rank: null,
  peerCount: null,
  status: 'scored',
});
const yoy = (unit: string, year: number, unitLevel: string, score: number | null, dataScope = 'published') =>
  ({ unit, year, unitLevel, dataScope, component: 'TOTAL', score }) as unknown as YoyPoint;

const bundle: IndexBundle = {
  series: ['a', 'b', 'c'].flatMap((unit) => [series(unit, 2023), series(unit, 2024)]),
  yoy: [yoy('a', 2023, 'province', 40), yoy('a', 2024, 'province', null), yoy('b', 2024, 'province', 60)],
  groups: [
    {
      level: 'province',
      dataScope: 'published',
      component: 'TOTAL',
      year: 2023,
      best: 60,
      bestUnits: ['b'],
      median: 50,
      count: 3,
    },
    {
      level: 'province',
      dataScope: 'published',
      component: 'TOTAL',
      year: 2024,
      best: 61,
      bestUnits: ['c'],
      median: 55,
      count: 3,
    },
    {
      level: 'district',
      dataScope: 'published',
      component: 'TOTAL',
      year: 2024,
      best: 99,
      bestUnits: ['x'],
      median: 90,
      count: 9,
    },
  ],
};

describe('viewOfBundle(bundle, view)', () => {
  const view = viewOfBundle(bundle, { home: 'a', seriesUnits: ['a', 'c'], shownUnits: ['a'] });

  it('keeps the series of the charted units and the yoy rows of the shown ones', () => {
    expect(new Set(view.series.map((p) => p.unit))).toEqual(new Set(['a', 'c']));
    expect(view.yoy.map((p) => p.unit)).toEqual(['a', 'a']);
  });

  it('gives the home unit the group of its own level in each year it has a row, with its score', () => {
    expect(view.peers).toEqual([
      { component: 'TOTAL', year: 2023, best: 60, bestUnits: ['b'], median: 50, count: 3, home: 40 },
      { component: 'TOTAL', year: 2024, best: 61, bestUnits: ['c'], median: 55, count: 3, home: null },
    ]);
  });
});

describe('viewOfBundle: peers of one data scope', () => {
  it("gives a user's own department the own departments' group, never the sample's of the same level", () => {
    const mixed: IndexBundle = {
      series: [],
      yoy: [yoy('own-a', 2024, 'department', 7, 'own'), yoy('sample-a', 2024, 'department', 9, 'sample')],
      groups: [
        {
          level: 'department',
          dataScope: 'sample',
          component: 'TOTAL',
          year: 2024,
          best: 95,
          bestUnits: ['s'],
          median: 80,
          count: 20,
        },
        {
          level: 'department',
          dataScope: 'own',
          component: 'TOTAL',
          year: 2024,
          best: 8,
          bestUnits: ['own-b'],
          median: 7.5,
          count: 2,
        },
      ],
    };
    const own = viewOfBundle(mixed, { home: 'own-a', seriesUnits: [], shownUnits: [] });
    expect(own.peers).toEqual([
      { component: 'TOTAL', year: 2024, best: 8, bestUnits: ['own-b'], median: 7.5, count: 2, home: 7 },
    ]);
    const sample = viewOfBundle(mixed, { home: 'sample-a', seriesUnits: [], shownUnits: [] });
    expect(sample.peers.map((peer) => peer.count)).toEqual([20]);
  });
});
