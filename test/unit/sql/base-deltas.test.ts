import { beforeAll, describe, expect, it } from 'vitest';
import type { Row, SqlEngine } from '@/db/engine';
import { readRows } from '@/db/rows';
import { evaluateTarget } from '@/domain/targets/targets';
import { buildBaseDeltas } from '@/sql/base-deltas';
import { buildTargetComparisons, buildTargetFacts } from '@/sql/target-facts';
import { papiRank, papiScore } from '../../e2e/support/published-papi';
import { DATA, explain, FIXTURES, run, startEngineWith } from '../../support/load-fixture';

// Expected figures (papiScore, papiRank) are read from the bundled CSV in Node, with no SQL involved.
let engine: SqlEngine;
beforeAll(async () => {
  engine = await startEngineWith({
    scores: [`${DATA}/papi.csv`, 'par-merger.csv'],
    crosswalk: `${FIXTURES}/crosswalk-mini.csv`,
  });
}, 120_000);

const at = (rows: Row[], unit: string, year: number, component = 'TOTAL') =>
  rows.find((row) => row.unit_code === unit && row.year === year && row.component_code === component);

describe('buildBaseDeltas: changes from a base year on the real DuckDB', () => {
  const q = buildBaseDeltas({
    bases: [{ index: 'PAPI', year: 2021 }],
    units: ['ha-tinh', 'ha-noi'],
    from: 2011,
    to: 2024,
  });

  it('binds every value and is accepted by the binder', async () => {
    expect(q.text).not.toContain('ha-tinh');
    expect(q.text).not.toContain('2021');
    expect((await explain(engine, q)).length).toBeGreaterThan(0);
  });

  it("gives Hà Tĩnh's 2024 total and rank against 2021 as the CSV has them", async () => {
    const row = at(await run(engine, q), 'ha-tinh', 2024);
    const now = papiScore('ha-tinh', 2024);
    const base = papiScore('ha-tinh', 2021);
    expect(row).toMatchObject({ previous_year: 2021, comparable: true, rank_comparable: true });
    expect(row?.score_change).toBeCloseTo(now - base, 9);
    expect(row?.rank_change).toBe(papiRank('ha-tinh', 2021).rank - papiRank('ha-tinh', 2024).rank);
  });

  it('gives the base year itself a change of 0 and compares a year before the base too', async () => {
    const rows = await run(engine, q);
    expect(at(rows, 'ha-tinh', 2021)?.score_change).toBe(0);
    const before = at(rows, 'ha-tinh', 2019);
    expect(before?.score_change).toBeCloseTo(papiScore('ha-tinh', 2019) - papiScore('ha-tinh', 2021), 9);
  });

  it('says "not comparable" for the total across the 2018 methodology break, either way round', async () => {
    const rows = await run(engine, q);
    expect(at(rows, 'ha-tinh', 2016)).toMatchObject({
      comparable: false,
      score_change: null,
      not_comparable_reason: 'method',
      // Ranks stay positions among the same 63 provinces across a change of method.
      rank_comparable: true,
    });
  });

  it('gives no change when the unit has no figure in the base year', async () => {
    const [row] = await run(
      engine,
      buildBaseDeltas({
        bases: [{ index: 'PAPI', year: 2005 }],
        units: ['ha-tinh'],
        components: ['TOTAL'],
        from: 2024,
        to: 2024,
      }),
    );
    expect(row).toMatchObject({ year: 2024, previous_year: null, score_change: null, comparable: null });
  });

  it('never compares a merged unit with its base year, nor its rank across the 2025 change of peers', async () => {
    const rows = await run(
      engine,
      buildBaseDeltas({
        bases: [{ index: 'PAR', year: 2024 }],
        units: ['quang-tri', 'ha-noi'],
        from: 2025,
        to: 2025,
      }),
    );
    expect(at(rows, 'quang-tri', 2025)).toMatchObject({
      comparable: false,
      not_comparable_reason: 'merger',
      score_change: null,
      rank_change: null,
    });
    expect(at(rows, 'ha-noi', 2025)).toMatchObject({
      comparable: true,
      rank_comparable: false,
      rank_change: null,
    });
    expect(at(rows, 'ha-noi', 2025)?.score_change).toBeCloseTo(1, 9);
  });

  it('takes one base year per index in one statement', async () => {
    const rows = await run(
      engine,
      buildBaseDeltas({
        bases: [
          { index: 'PAPI', year: 2021 },
          { index: 'PAR', year: 2024 },
        ],
        units: ['ha-noi'],
        components: ['TOTAL'],
        from: 2024,
        to: 2025,
      }),
    );
    expect(rows.map((row) => [row.index_code, row.year, row.previous_year])).toEqual([
      ['PAPI', 2024, 2021],
      ['PAR', 2024, 2024],
      ['PAR', 2025, 2024],
    ]);
  });
});

describe('buildTargetFacts: what the targets are judged on', () => {
  it('reads the unit and component from the baseline to the target year', async () => {
    const rows = await readRows(
      engine,
      buildTargetFacts([
        { id: 'a', index: 'PAPI', unit: 'ha-tinh', component: 'TOTAL', from: 2021, to: 2023 },
        { id: 'b', index: 'PAR', unit: 'quang-tri', component: 'TOTAL', from: 2024, to: 2025 },
      ]),
    );
    expect(rows.map((row) => [row.index, row.unit, row.year])).toEqual([
      ['PAPI', 'ha-tinh', 2021],
      ['PAPI', 'ha-tinh', 2022],
      ['PAPI', 'ha-tinh', 2023],
      ['PAR', 'quang-tri', 2024],
      ['PAR', 'quang-tri', 2025],
    ]);
    expect(rows[0]?.score).toBeCloseTo(papiScore('ha-tinh', 2021), 9);
  });

  it("says whether each target's years compare: a method break, a merger, a new set of peers", async () => {
    const rows = await readRows(
      engine,
      buildTargetComparisons([
        { id: 'same-method', index: 'PAPI', unit: 'ha-tinh', component: 'TOTAL', from: 2021, to: 2023 },
        // PAPI's total went from 60 to 80 points in 2018; its dimensions did not change.
        { id: 'method-break', index: 'PAPI', unit: 'ha-tinh', component: 'TOTAL', from: 2017, to: 2018 },
        { id: 'dimension', index: 'PAPI', unit: 'ha-tinh', component: 'D1', from: 2017, to: 2018 },
        // Quảng Trị absorbed Quảng Bình in 2025, and provinces went from 63 to 34.
        { id: 'merger', index: 'PAR', unit: 'quang-tri', component: 'TOTAL', from: 2024, to: 2025 },
      ]),
    );
    expect(rows).toEqual([
      { targetId: 'dimension', comparable: true, rankComparable: true },
      { targetId: 'merger', comparable: false, rankComparable: false },
      { targetId: 'method-break', comparable: false, rankComparable: true },
      { targetId: 'same-method', comparable: true, rankComparable: true },
    ]);
  });

  it('makes a target across a methodology break not comparable, by the SQL flag', async () => {
    const target = {
      id: 'papi-up',
      unit: 'ha-tinh',
      index: 'PAPI',
      component: 'TOTAL',
      kind: 'total_change',
      amount: 0.5,
      baselineYear: 2017,
      targetYear: 2018,
      label: { vi: 'x', en: 'x' },
      plan: { vi: 'p', en: 'p' },
      sample: false,
    } as const;
    const spans = [
      { id: target.id, index: target.index, unit: 'ha-tinh', component: 'TOTAL', from: 2017, to: 2018 },
    ];
    const points = await readRows(engine, buildTargetFacts(spans));
    const comparisons = await readRows(engine, buildTargetComparisons(spans));
    expect(points.map((point) => point.year)).toEqual([2017, 2018]);
    expect(evaluateTarget(target, { points, comparisons })).toMatchObject({
      status: 'not_yet_measurable',
      reason: 'not_comparable',
    });
  });
});
