import { describe, expect, it } from 'vitest';
import type { PeerScope } from '@/domain/data-scope';
import { type IndexBundle, viewOfBundle } from '@/features/trends/model/index-bundle';
import { peerGroup, seriesRow, yoyRow } from './rows';

const series = (unit: string, year: number) => seriesRow({ unit_code: unit, year, score: 50 });
const yoy = (
  unit: string,
  year: number,
  unitLevel: string,
  score: number | null,
  dataScope: PeerScope = 'published',
) => yoyRow({ unit_code: unit, year, unit_level: unitLevel, data_scope: dataScope, score });

const bundle: IndexBundle = {
  series: ['a', 'b', 'c'].flatMap((unit) => [series(unit, 2023), series(unit, 2024)]),
  yoy: [yoy('a', 2023, 'province', 40), yoy('a', 2024, 'province', null), yoy('b', 2024, 'province', 60)],
  groups: [
    peerGroup({
      unit_level: 'province',
      data_scope: 'published',
      year: 2023,
      best_score: 60,
      best_units: 'b',
      median_score: 50,
      scored_count: 3,
    }),
    peerGroup({
      unit_level: 'province',
      data_scope: 'published',
      year: 2024,
      best_score: 61,
      best_units: 'c',
      median_score: 55,
      scored_count: 3,
    }),
    peerGroup({
      unit_level: 'district',
      data_scope: 'published',
      year: 2024,
      best_score: 99,
      best_units: 'x',
      median_score: 90,
      scored_count: 9,
    }),
  ],
};

describe('viewOfBundle(bundle, view)', () => {
  const view = viewOfBundle(bundle, { home: 'a', seriesUnits: ['a', 'c'], shownUnits: ['a'] });

  it('keeps the series of the charted units and the yoy rows of the shown ones', () => {
    expect(new Set(view.series.map((p) => p.unit_code))).toEqual(new Set(['a', 'c']));
    expect(view.yoy.map((p) => p.unit_code)).toEqual(['a', 'a']);
  });

  it('gives the home unit the group of its own level in each year it has a row, with its score', () => {
    expect(view.peers).toEqual([
      {
        component_code: 'TOTAL',
        year: 2023,
        best_score: 60,
        best_units: 'b',
        median_score: 50,
        scored_count: 3,
        home_score: 40,
      },
      {
        component_code: 'TOTAL',
        year: 2024,
        best_score: 61,
        best_units: 'c',
        median_score: 55,
        scored_count: 3,
        home_score: null,
      },
    ]);
  });
});

describe('viewOfBundle: peers of one data scope', () => {
  it("gives a user's own department the own departments' group, never the sample's of the same level", () => {
    const mixed: IndexBundle = {
      series: [],
      yoy: [yoy('own-a', 2024, 'department', 7, 'own'), yoy('sample-a', 2024, 'department', 9, 'sample')],
      groups: [
        peerGroup({
          unit_level: 'department',
          data_scope: 'sample',
          year: 2024,
          best_score: 95,
          best_units: 's',
          median_score: 80,
          scored_count: 20,
        }),
        peerGroup({
          unit_level: 'department',
          data_scope: 'own',
          year: 2024,
          best_score: 8,
          best_units: 'own-b',
          median_score: 7.5,
          scored_count: 2,
        }),
      ],
    };
    const own = viewOfBundle(mixed, { home: 'own-a', seriesUnits: [], shownUnits: [] });
    expect(own.peers).toEqual([
      {
        component_code: 'TOTAL',
        year: 2024,
        best_score: 8,
        best_units: 'own-b',
        median_score: 7.5,
        scored_count: 2,
        home_score: 7,
      },
    ]);
    const sample = viewOfBundle(mixed, { home: 'sample-a', seriesUnits: [], shownUnits: [] });
    expect(sample.peers.map((peer) => peer.scored_count)).toEqual([20]);
  });
});
