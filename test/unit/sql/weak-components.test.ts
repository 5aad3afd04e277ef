import { beforeAll, describe, expect, it } from 'vitest';
import type { Row, SqlEngine } from '@/db/engine';
import { buildBriefingWeak } from '@/sql/briefing-weak';
import type { PeerGroup } from '@/sql/ranks';
import type { WeakCriteria } from '@/sql/weak-components';
import { buildWeakScreen, type WeakScreenOptions } from '@/sql/weak-extra';
import { asJson, explain, golden, run, startEngineWithFacts } from '../../support/load-fixture';

let engine: SqlEngine;
beforeAll(async () => {
  engine = await startEngineWithFacts('papi-mini.csv', 'ddci-blocks.csv');
}, 60_000);

const province = { by: 'level', level: 'province' } as const;
const atFifty: WeakCriteria = { lowMode: 'pct', lowThreshold: 50, fallRankPlaces: 2 };
const d1 = (rows: Row[], unit: string) => rows.find((r) => r.unit_code === unit && r.component_code === 'D1');

/** One unit's weak points as the screen lists them: its rows of the peer group, points lost first. */
async function weakPoints(options: {
  index: WeakScreenOptions['index'];
  year: number;
  peer: PeerGroup;
  unit: string;
  criteria: WeakCriteria;
}): Promise<Row[]> {
  const { unit, ...view } = options;
  const rows = await run(engine, buildWeakScreen({ ...view, levels: [], blocks: [] }));
  return part(rows, (row) => row.in_group === true && row.unit_code === unit, 'unit_order');
}

describe('buildWeakScreen(options): the weak points of one unit', () => {
  it('does not flag a score exactly at the threshold, flags one below it', async () => {
    const daNang = await weakPoints({
      index: 'PAPI',
      year: 2019,
      peer: province,
      unit: 'da-nang',
      criteria: atFifty,
    });
    await expect(asJson(daNang)).toMatchFileSnapshot(golden('weak-points-da-nang-2019'));
    expect(d1(daNang, 'da-nang')).toMatchObject({
      is_low: false,
      is_falling: true,
      fell_score: true,
      fell_rank: true,
      reasons: 'falling_score,falling_rank',
      points_lost: 1,
      falling_streak: 1,
    });
    const caMau = await weakPoints({
      index: 'PAPI',
      year: 2019,
      peer: province,
      unit: 'ca-mau',
      criteria: atFifty,
    });
    expect(d1(caMau, 'ca-mau')).toMatchObject({
      is_low: true,
      fell_rank: false,
      reasons: 'low_pct,falling_score',
      points_lost: 2,
    });
  });

  it('orders components by points lost against the best peer; tied best peers lose nothing', async () => {
    const rows = await weakPoints({
      index: 'PAPI',
      year: 2019,
      peer: province,
      unit: 'an-giang',
      criteria: atFifty,
    });
    expect(rows.map((r) => r.component_code)).toEqual(['TOTAL', 'D2', 'D1']);
    expect(d1(rows, 'an-giang')).toMatchObject({ rank: 1, points_lost: 0, best_score: 6 });
  });

  it('judges "low" against the median or the bottom quartile of peers', async () => {
    const median = await weakPoints({
      index: 'PAPI',
      year: 2019,
      peer: province,
      unit: 'da-nang',
      criteria: { ...atFifty, lowMode: 'median' },
    });
    expect(d1(median, 'da-nang')).toMatchObject({ is_low: true, median_score: 5.5 });
    const quartile = await weakPoints({
      index: 'PAPI',
      year: 2019,
      peer: province,
      unit: 'da-nang',
      criteria: { ...atFifty, lowMode: 'quartile' },
    });
    expect(d1(quartile, 'da-nang')).toMatchObject({ is_low: false, q1_score: 4.75 });
  });

  it('never flags falling when the previous year is missing or across a break', async () => {
    const bacNinh = await weakPoints({
      index: 'PAPI',
      year: 2018,
      peer: province,
      unit: 'bac-ninh',
      criteria: atFifty,
    });
    expect(bacNinh.every((r) => r.is_falling === false)).toBe(true);
    expect(bacNinh.find((r) => r.component_code === 'TOTAL')).toMatchObject({
      previous_year: 2016,
      comparable: false,
      score_change: null,
    });
  });
});

/** The rows of one part of the combined answer, in that part's order, without the placement columns. */
function part(rows: Row[], keep: (row: Row) => boolean, order?: 'list_order' | 'unit_order'): Row[] {
  const picked = rows.filter(keep);
  if (order) picked.sort((a, b) => Number(a[order]) - Number(b[order]));
  return picked.map(
    ({ status: _s, in_group: _g, in_list: _l, list_order: _o, unit_order: _u, ...rest }) => rest,
  );
}

// The heatmap's columns: the cells of `buildWeakScreen` that the heatmap draws (HeatmapCell).
const HEATMAP_COLUMNS = [
  'unit_code',
  'unit_name',
  'unit_level',
  'block',
  'component_code',
  'score',
  'max_score',
  'pct_of_max',
  'rank',
  'rank_source',
  'peer_count',
  'status',
  'previous_year',
  'score_change',
  'rank_change',
  'comparable',
  'rank_comparable',
  'not_comparable_reason',
] as const;

const screen = (options: WeakScreenOptions) => run(engine, buildWeakScreen(options));
const heatmapOf = (rows: Row[]) =>
  rows
    .filter((row) => row.in_group === true)
    .map((row) => Object.fromEntries(HEATMAP_COLUMNS.map((key) => [key, row[key] ?? null])));
const listOf = (rows: Row[]) => part(rows, (row) => row.in_list === true, 'list_order');
const noFilter = { levels: [], blocks: [] } as const;

describe('buildWeakScreen(options): the heatmap', () => {
  const options: WeakScreenOptions = {
    index: 'PAPI',
    year: 2019,
    peer: province,
    ...noFilter,
    criteria: atFifty,
  };
  it('is accepted by DuckDB', async () => {
    expect((await explain(engine, buildWeakScreen(options))).length).toBeGreaterThan(0);
  });
  it('gives one cell per unit × component with % of max, rank and change', async () => {
    const cells = heatmapOf(await screen(options));
    await expect(asJson(cells)).toMatchFileSnapshot(golden('heatmap-papi-2019'));
    expect(cells).toHaveLength(12);
    expect(d1(cells, 'da-nang')).toMatchObject({
      pct_of_max: 50,
      rank: 3,
      rank_change: -2,
      score_change: -2,
    });
  });
  it('leaves out a component that does not apply (DDCI land access for departments)', async () => {
    const cells = heatmapOf(
      await screen({
        index: 'DDCI',
        year: 2022,
        peer: { by: 'block', level: 'department', block: 'advisory' },
        ...noFilter,
        criteria: atFifty,
      }),
    );
    expect(cells.map((r) => `${r.unit_code}/${r.component_code}`)).toEqual([
      'so-a/TOTAL',
      'so-a/C1_TRANSP',
      'so-b/TOTAL',
      'so-b/C1_TRANSP',
    ]);
  });
});

describe('buildWeakScreen(options): the priority list', () => {
  it('lists every flagged unit × component of the chosen block with its reasons', async () => {
    const list = listOf(
      await screen({
        index: 'DDCI',
        year: 2022,
        peer: { by: 'block', level: 'department', block: 'advisory' },
        levels: [],
        blocks: ['advisory'],
        criteria: { lowMode: 'median', lowThreshold: 0, fallRankPlaces: 1 },
      }),
    );
    await expect(asJson(list)).toMatchFileSnapshot(golden('priority-ddci-advisory'));
    expect(list.map((r) => [r.unit_code, r.component_code, r.reasons])).toEqual([
      // C1 loses 20 points of % against the best peer, the total 7: the larger gap comes first.
      ['so-a', 'C1_TRANSP', 'low_median,falling_score'],
      ['so-a', 'TOTAL', 'low_median,falling_score'],
    ]);
  });
  it('covers every group when no filter is given', async () => {
    const list = listOf(
      await screen({ index: 'PAPI', year: 2019, peer: province, ...noFilter, criteria: atFifty }),
    );
    await expect(asJson(list)).toMatchFileSnapshot(golden('priority-papi-2019'));
    expect(list.some((r) => r.unit_code === 'ca-mau' && r.component_code === 'D1')).toBe(true);
  });
});

describe('buildBriefingWeak(unit, year, criteria)', () => {
  const criteria: WeakCriteria = { lowMode: 'median', lowThreshold: 50, fallRankPlaces: 1 };
  it.each([
    ['da-nang', 2019, 'province'],
    ['so-a', 2022, 'department'],
  ] as const)(
    "gives %s's rows of %i as the weak-points screen does index by index, in one statement",
    async (unit, year, level) => {
      const q = buildBriefingWeak(unit, year, criteria);
      expect(q.text).not.toContain(unit);
      const rows = await run(engine, q);
      expect(rows.length).toBeGreaterThan(0);
      for (const index of ['PAPI', 'DDCI'] as const) {
        const own = await weakPoints({ index, year, unit, peer: { by: 'level', level }, criteria });
        const ofIndex = rows
          .filter((row) => row.index_code === index)
          .map(({ index_code: _, rank_not_comparable_reason: __, ...rest }) => rest);
        expect(ofIndex).toEqual(own);
      }
    },
  );
});
