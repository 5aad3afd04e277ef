import { describe, expect, it } from 'vitest';
import { peerScopesFor } from '@/domain/data-scope';
import {
  interpolate,
  paintDiverging,
  paintSequential,
  textOn,
} from '@/features/weak-components/model/colour-scale';
import {
  buildGrid,
  colourScale,
  goodness,
  orderColumns,
  sortRows,
} from '@/features/weak-components/model/heatmap-grid';
import { priorityFilters } from '@/features/weak-components/model/list-filters';
import { resolvePeer } from '@/features/weak-components/model/peer-choices';
import {
  DEFAULT_VIEW,
  formatWeakParams,
  parseWeakParams,
  serialiseView,
} from '@/features/weak-components/model/url-state';
import { collator } from '@/i18n/format';
import type { HeatmapCell } from '@/sql/heatmap';

function cell(unit: string, name: string, component: string, over: Partial<HeatmapCell> = {}): HeatmapCell {
  return {
    unit_code: unit,
    unit_name: name,
    unit_level: 'province',
    block: 'province',
    component_code: component,
    score: 5,
    max_score: 10,
    pct_of_max: 50,
    rank: 2,
    rank_source: 'computed',
    peer_count: 3,
    status: 'scored',
    previous_year: 2023,
    score_change: 0.5,
    rank_change: 0,
    comparable: true,
    rank_comparable: true,
    not_comparable_reason: null,
    ...over,
  };
}

describe('colour scales', () => {
  it.each([
    [0, '#00224e'],
    [1, '#fee838'],
    [-3, '#00224e'],
    [Number.NaN, '#00224e'],
  ])('interpolates cividis at %s to %s (clamped)', (t, hex) => {
    expect(interpolate(['#00224e', '#fee838'], t)).toBe(hex);
  });
  it('picks the text colour that contrasts most', () => {
    expect(textOn('#00224e')).toBe('#ffffff');
    expect(textOn('#fee838')).toBe('#000000');
  });
  it('paints nothing for a missing value, in either scale', () => {
    expect(paintSequential(null)).toBeNull();
    expect(paintDiverging(null)).toBeNull();
  });
  it('puts "unchanged" at the neutral middle of the diverging scale', () => {
    expect(paintDiverging(0)?.background).toBe('#f4f4f4');
  });
});

describe('heatmap grid', () => {
  const cells = [
    cell('da-nang', 'Đà Nẵng', 'D1', { pct_of_max: 70, rank: 1 }),
    cell('can-tho', 'Cần Thơ', 'D1', { pct_of_max: 40, rank: 3, score_change: -1 }),
    cell('ha-noi', 'Hà Nội', 'D1', {
      pct_of_max: null,
      score: null,
      rank: null,
      status: 'missing',
      score_change: null,
    }),
    cell('da-nang', 'Đà Nẵng', 'TOTAL', { pct_of_max: 60 }),
    cell('can-tho', 'Cần Thơ', 'D2', { comparable: false, score_change: null }),
  ];
  const grid = buildGrid(cells, 'PAPI');
  const compare = collator('vi').compare;

  it('orders columns as the catalogue does and leaves absent components empty (not 0)', () => {
    expect(grid.columns.map((column) => column.code)).toEqual(['TOTAL', 'D1', 'D2']);
    const hanoi = grid.rows.find((row) => row.code === 'ha-noi');
    expect(hanoi?.cells[0]).toBeNull();
  });
  it.each([
    ['asc', ['Cần Thơ', 'Đà Nẵng', 'Hà Nội']],
    ['desc', ['Hà Nội', 'Đà Nẵng', 'Cần Thơ']],
  ] as const)('sorts names with Vietnamese collation (%s)', (dir, names) => {
    expect(sortRows(grid, { by: 'name', dir }, 'pct', compare).map((row) => row.name)).toEqual(names);
  });
  it.each([
    ['asc', ['Cần Thơ', 'Đà Nẵng', 'Hà Nội']],
    ['desc', ['Đà Nẵng', 'Cần Thơ', 'Hà Nội']],
  ] as const)('sorts by a column (%s) with units lacking the number last', (dir, names) => {
    expect(sortRows(grid, { by: 'column', code: 'D1', dir }, 'pct', compare).map((row) => row.name)).toEqual(
      names,
    );
  });
  it.each([
    ['pct', 70],
    ['rank', 1],
    ['change', 0.5],
  ] as const)('reads goodness in %s mode', (mode, value) => {
    expect(goodness(cells[0] ?? null, mode, true)).toBe(value);
  });
  it('gives no change across a methodology break', () => {
    expect(goodness(cells[4] ?? null, 'change', true)).toBeNull();
  });
  it('scales changes symmetrically so orange always means "fell"', () => {
    const scale = colourScale(grid, 'change');
    expect([scale.min, scale.max]).toEqual([-1, 1]);
    expect(scale.paint(cells[2] ?? null, true)).toBeNull();
  });
  it('keeps TOTAL first when ordering columns weakest first', () => {
    expect(orderColumns(grid, 'weakest', 'pct').map((at) => grid.columns[at]?.code)).toEqual([
      'TOTAL',
      'D2',
      'D1',
    ]);
  });
});

describe('URL state', () => {
  it.each([
    ['', DEFAULT_VIEW],
    [
      'index=PCI&year=2022&level=province&low=median&fall=3',
      { ...DEFAULT_VIEW, index: 'PCI', year: 2022, level: 'province', fall: 3 },
    ],
    ['index=XYZ&year=abc&low=weird&fall=0&pct=500&level=<b>', DEFAULT_VIEW],
    [
      'low=pct&pct=60&llevel=all&lblock=so-nganh&colour=rank',
      {
        ...DEFAULT_VIEW,
        low: 'pct',
        lowPct: 60,
        colour: 'rank',
        listLevel: { kind: 'all' },
        listBlock: { kind: 'one', value: 'so-nganh' },
      },
    ],
  ])('parses "%s"', (search, view) => {
    expect(parseWeakParams(new URLSearchParams(search))).toEqual(view);
  });
  it('formats back what it parses (round trip) and omits defaults and unused thresholds', () => {
    const view = parseWeakParams(new URLSearchParams('index=PCI&year=2022&level=province&low=median&fall=3'));
    expect(formatWeakParams(view)).toMatchObject({
      index: 'PCI',
      year: '2022',
      low: 'median',
      pct: undefined,
      colour: undefined,
    });
    expect(parseWeakParams(new URLSearchParams(serialiseView(view)))).toEqual(view);
  });
});

describe('peer group resolution', () => {
  const choices = [
    {
      year: 2024,
      unit_level: 'department',
      data_scope: 'sample',
      block: 'so-nganh',
      units: 19,
      kinds: ['sample'],
    },
    {
      year: 2024,
      unit_level: 'department',
      data_scope: 'sample',
      block: 'tham-muu',
      units: 7,
      kinds: ['sample'],
    },
    {
      year: 2024,
      unit_level: 'province',
      data_scope: 'published',
      block: 'province',
      units: 63,
      kinds: ['published'],
    },
    {
      year: 2023,
      unit_level: 'province',
      data_scope: 'published',
      block: 'province',
      units: 63,
      kinds: ['published'],
    },
  ] as const;
  const everyScope = peerScopesFor('all', 'all');
  it('falls back to the latest year and the headline level for a stale permalink', () => {
    const peer = resolvePeer(
      { ...DEFAULT_VIEW, year: 1999, level: 'ministry' },
      choices,
      'province',
      everyScope,
    );
    expect(peer).toMatchObject({
      year: 2024,
      level: 'province',
      block: null,
      blocks: [],
      units: 63,
      sample: false,
    });
  });
  it('takes a block within a level and says the group is sample data', () => {
    const peer = resolvePeer(
      { ...DEFAULT_VIEW, level: 'department', block: 'tham-muu' },
      choices,
      'province',
      everyScope,
    );
    expect(peer?.peer).toEqual({ by: 'block', level: 'department', block: 'tham-muu', scope: 'sample' });
    expect(peer).toMatchObject({ blocks: ['so-nganh', 'tham-muu'], units: 7, sample: true });
  });
  it('returns null for an index without data', () => {
    expect(resolvePeer(DEFAULT_VIEW, [], 'province', everyScope)).toBeNull();
  });
  it("keeps the user's own departments one group and the sample's another, never both", () => {
    const withOwn = [
      ...choices,
      {
        year: 2022,
        unit_level: 'department',
        data_scope: 'own',
        block: 'department',
        units: 2,
        kinds: ['imported'],
      },
    ] as const;
    const own = resolvePeer({ ...DEFAULT_VIEW, level: 'department' }, withOwn, 'province', ['own']);
    expect(own).toMatchObject({ year: 2022, years: [2022], levels: ['department'], units: 2, sample: false });
    expect(own?.peer).toEqual({ by: 'level', level: 'department', scope: 'own' });
    const sample = resolvePeer({ ...DEFAULT_VIEW, level: 'department' }, withOwn, 'province', ['sample']);
    expect(sample).toMatchObject({ year: 2024, units: 26, sample: true, scope: 'sample' });
    // Every unit, home unit one of the user's: the department group is the user's, in its year.
    const all = resolvePeer(
      { ...DEFAULT_VIEW, year: 2022, level: 'department' },
      withOwn,
      'province',
      peerScopesFor('all', 'own'),
    );
    expect(all).toMatchObject({ scope: 'own', units: 2 });
  });
  it('lets the list follow the heatmap group, or widen to everything', () => {
    const peer = resolvePeer(
      { ...DEFAULT_VIEW, level: 'department', block: 'tham-muu' },
      choices,
      'province',
      everyScope,
    );
    if (!peer) throw new Error('no peer');
    expect(priorityFilters(peer, { kind: 'group' }, { kind: 'group' })).toEqual({
      peerBy: 'block',
      levels: ['department'],
      blocks: ['tham-muu'],
    });
    expect(priorityFilters(peer, { kind: 'all' }, { kind: 'all' })).toEqual({
      peerBy: 'block',
      levels: [],
      blocks: [],
    });
  });
});
