import { describe, expect, it } from 'vitest';
import { lineageLines, lineageOf, mergerYears } from '@/features/trends/model/lineage';
import { bumpLines, componentLines, peerLines, unitLines } from '@/features/trends/model/shape';
import type { LineageLinkRow } from '@/sql/lineage';
import { homePeers, seriesRow } from './rows';

const point = (
  unit: string,
  component: string,
  year: number,
  score: number | null,
  rank: number | null = null,
) => seriesRow({ unit_code: unit, component_code: component, year, score, rank, peer_count: 63 });
const range = { from: 2022, to: 2025 };

describe('componentLines / unitLines', () => {
  it('keeps a missing year as null (a gap), never 0', () => {
    const lines = componentLines(
      [point('a', 'D1', 2022, 5), point('a', 'D1', 2023, null), point('a', 'D1', 2024, 6)],
      'a',
      null,
      [],
      range,
    );
    expect(lines.data.map((datum) => datum.D1)).toEqual([5, null, 6]);
  });

  it('starts a new line at a merger so old and new unit are never joined', () => {
    const lines = componentLines(
      [point('a', 'D1', 2024, 5), point('a', 'D1', 2025, 6)],
      'a',
      null,
      [2025],
      range,
    );
    expect(lines.lines.map((line) => line.key)).toEqual(['D1', 'D1@2025']);
    expect(lines.data).toEqual([
      { year: 2024, D1: 5, 'D1@2025': null },
      { year: 2025, D1: null, 'D1@2025': 6 },
    ]);
  });

  it('draws a unit appearing mid-series from its first year only, in the order the user chose', () => {
    const rows = [point('a', 'TOTAL', 2022, 1), point('a', 'TOTAL', 2023, 2), point('b', 'TOTAL', 2023, 3)];
    const lines = unitLines(rows, ['b', 'a'], 'TOTAL', () => [], range);
    expect(lines.lines.map((line) => line.base)).toEqual(['b', 'a']);
    expect(lines.data[0]).toEqual({ year: 2022, a: 1, b: null });
  });
});

describe('bumpLines', () => {
  it('gives tied units the same rank and cuts lines at the 2025 peer break, in the order chosen', () => {
    const rows = [
      point('a', 'TOTAL', 2024, 7, 3),
      point('b', 'TOTAL', 2024, 7, 3),
      point('a', 'TOTAL', 2025, 8, 1),
    ];
    const bump = bumpLines(rows, ['b', 'a'], 'TOTAL', 'province', () => [], range);
    expect(bump.lines.map((line) => line.key)).toEqual(['b', 'a', 'a@2025']);
    expect(bump.data).toEqual([
      { year: 2024, a: 3, b: 3, 'a@2025': null },
      { year: 2025, a: null, b: null, 'a@2025': 1 },
    ]);
  });

  it('draws one line where every year shown lies after the break', () => {
    const rows = [point('a', 'TOTAL', 2025, 8, 2), point('a', 'TOTAL', 2026, 8, 1)];
    const bump = bumpLines(rows, ['a'], 'TOTAL', 'province', () => [], { from: 2025, to: 2026 });
    expect(bump.lines).toEqual([{ key: 'a', base: 'a', since: null }]);
  });
});

describe('peerLines', () => {
  it('fills years without peers with null', () => {
    const data = peerLines(
      [
        homePeers({
          component_code: 'D1',
          year: 2023,
          best_score: 7,
          best_units: 'x',
          median_score: 5,
          scored_count: 63,
          home_score: 6,
        }),
      ],
      'D1',
      2022,
      2023,
    );
    expect(data).toEqual([
      { year: 2022, best: null, median: null, home: null },
      { year: 2023, best: 7, median: 5, home: 6 },
    ]);
  });
});

describe('lineage of a merged province', () => {
  const edges: LineageLinkRow[] = [
    {
      old_code: 'quang-binh',
      old_name: 'Quảng Bình',
      new_code: 'quang-tri',
      new_name: 'Quảng Trị',
      effective_year: 2025,
    },
    {
      old_code: 'quang-tri',
      old_name: 'Quảng Trị',
      new_code: 'quang-tri',
      new_name: 'Quảng Trị',
      effective_year: 2025,
    },
    { old_code: 'ha-noi', old_name: 'Hà Nội', new_code: 'ha-noi', new_name: 'Hà Nội', effective_year: 2025 },
  ];
  const view = lineageOf(edges, 'quang-tri');

  it('knows the predecessors, the continuing unit first, and ignores units that only continued', () => {
    expect(view?.predecessors.map((part) => part.code)).toEqual(['quang-tri', 'quang-binh']);
    expect(lineageOf(edges, 'ha-noi')).toBeNull();
    expect(mergerYears(edges, 'quang-tri')).toEqual([2025]);
  });

  it('shows predecessors side by side up to 2024, the new unit from 2025, and no combined line unless asked', () => {
    if (!view) throw new Error('no lineage');
    const rows = [
      point('quang-tri', 'TOTAL', 2024, 40),
      point('quang-binh', 'TOTAL', 2024, 44),
      point('quang-tri', 'TOTAL', 2025, 50),
    ];
    const plain = lineageLines(rows, view, 'TOTAL', { from: 2024, to: 2025 }, false);
    expect(plain).toEqual([
      { year: 2024, own: null, 'pre:quang-tri': 40, 'pre:quang-binh': 44 },
      { year: 2025, own: 50, 'pre:quang-tri': null, 'pre:quang-binh': null },
    ]);
    const combined = lineageLines(rows, view, 'TOTAL', { from: 2024, to: 2025 }, true);
    expect(combined.map((datum) => datum.combined)).toEqual([42, null]);
  });

  it('leaves the combined line empty in a year where one predecessor has no score', () => {
    if (!view) throw new Error('no lineage');
    const rows = [point('quang-tri', 'TOTAL', 2024, 40)];
    expect(lineageLines(rows, view, 'TOTAL', { from: 2024, to: 2024 }, true)[0]?.combined).toBeNull();
  });
});
