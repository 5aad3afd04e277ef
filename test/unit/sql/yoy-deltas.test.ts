import { beforeAll, describe, expect, it } from 'vitest';
import type { Row, SqlEngine } from '@/db/engine';
import { buildYoyDeltas } from '@/sql/yoy-deltas';
import { asJson, explain, FIXTURES, golden, run, startEngineWith } from '../../support/load-fixture';

let engine: SqlEngine;
beforeAll(async () => {
  engine = await startEngineWith({
    scores: ['papi-mini.csv', 'pci-mini.csv', 'par-merger.csv'],
    crosswalk: `${FIXTURES}/crosswalk-mini.csv`,
  });
}, 60_000);

const find = (rows: Row[], unit: string, component: string, year: number) =>
  rows.find((row) => row.unit_code === unit && row.component_code === component && row.year === year);

const papi = buildYoyDeltas({
  index: 'PAPI',
  units: ['an-giang', 'bac-ninh', 'da-nang'],
  from: 2016,
  to: 2019,
});

describe('buildYoyDeltas(options)', () => {
  it('binds every value and keeps only placeholders in the text', () => {
    expect(papi.params).toContain('PAPI');
    expect(papi.text).not.toMatch(/an-giang|PAPI|2016/);
    expect(papi.text.split('?').length - 1).toBe(papi.params.length);
  });

  it('is accepted by DuckDB', async () => {
    expect((await explain(engine, papi)).length).toBeGreaterThan(0);
  });

  it('matches the golden PAPI deltas', async () => {
    await expect(asJson(await run(engine, papi))).toMatchFileSnapshot(golden('yoy-deltas-papi'));
  });

  it('marks PAPI TOTAL 2017→2018 not comparable but each dimension comparable', async () => {
    const rows = await run(engine, papi);
    expect(find(rows, 'an-giang', 'TOTAL', 2018)).toMatchObject({
      comparable: false,
      not_comparable_reason: 'method',
      score_change: null,
    });
    expect(find(rows, 'an-giang', 'D1', 2018)).toMatchObject({ comparable: true, previous_year: 2017 });
    expect(find(rows, 'an-giang', 'D1', 2018)?.score_change).toBeCloseTo(-0.3, 10);
  });

  it('gives no yearly change when the previous year is missing, but names the last year with data', async () => {
    expect(find(await run(engine, papi), 'bac-ninh', 'D1', 2018)).toMatchObject({
      previous_year: 2016,
      comparable: true,
      score_change: null,
      rank_change: null,
    });
  });

  it('takes the change against the last year with data under the previous-available policy', async () => {
    const q = buildYoyDeltas({
      index: 'PAPI',
      units: ['bac-ninh'],
      components: ['D1'],
      from: 2018,
      to: 2018,
      gapPolicy: 'previous-available',
    });
    const [row] = await run(engine, q);
    expect(row?.previous_year).toBe(2016);
    expect(row?.score_change).toBeCloseTo(0.8, 10);
  });

  it('starts a unit appearing mid-series with no previous year', async () => {
    expect(find(await run(engine, papi), 'da-nang', 'D1', 2018)).toMatchObject({
      previous_year: null,
      comparable: null,
      score_change: null,
    });
  });

  it('counts the falling streak and restarts it after a rise', async () => {
    const rows = await run(engine, papi);
    expect(find(rows, 'an-giang', 'D2', 2019)?.falling_streak).toBe(3);
    expect(find(rows, 'an-giang', 'D1', 2019)?.falling_streak).toBe(0);
  });

  it('does not compare ranks across the 2025 peer break, nor scores of a merged province', async () => {
    const q = buildYoyDeltas({
      index: 'PAR',
      units: ['ha-noi', 'quang-tri', 'tuyen-quang'],
      from: 2024,
      to: 2025,
    });
    await expect(asJson(await run(engine, q))).toMatchFileSnapshot(golden('yoy-deltas-merger'));
    const rows = await run(engine, q);
    expect(find(rows, 'ha-noi', 'TOTAL', 2025)).toMatchObject({
      comparable: true,
      score_change: 1,
      rank_comparable: false,
      rank_change: null,
    });
    expect(find(rows, 'quang-tri', 'TOTAL', 2025)).toMatchObject({
      comparable: false,
      not_comparable_reason: 'merger',
      score_change: null,
    });
  });

  it('compares PCI ranks only between ranks of the same source (published vs computed)', async () => {
    const q = buildYoyDeltas({
      index: 'PCI',
      units: ['ha-noi', 'hai-phong', 'long-an'],
      components: ['TOTAL'],
      from: 2022,
      to: 2024,
    });
    const rows = await run(engine, q);
    await expect(asJson(rows)).toMatchFileSnapshot(golden('yoy-deltas-pci'));
    expect(find(rows, 'ha-noi', 'TOTAL', 2023)).toMatchObject({ score: null, rank: 12, rank_change: -2 });
    expect(find(rows, 'ha-noi', 'TOTAL', 2024)).toMatchObject({ rank_source: 'computed', rank_change: null });
    expect(find(rows, 'long-an', 'TOTAL', 2023)).toBeUndefined();
  });

  it('gives each golden file’s rows when computed live from the scores (merger, peer break, published ranks)', async () => {
    const views = [
      [
        'yoy-deltas-papi',
        { index: 'PAPI', units: ['an-giang', 'bac-ninh', 'da-nang'], from: 2016, to: 2019 },
      ],
      [
        'yoy-deltas-merger',
        { index: 'PAR', units: ['ha-noi', 'quang-tri', 'tuyen-quang'], from: 2024, to: 2025 },
      ],
      [
        'yoy-deltas-pci',
        {
          index: 'PCI',
          units: ['ha-noi', 'hai-phong', 'long-an'],
          components: ['TOTAL'],
          from: 2022,
          to: 2024,
        },
      ],
    ] as const;
    for (const [name, view] of views) {
      const rows = await run(engine, buildYoyDeltas({ ...view, source: 'live' }));
      await expect(asJson(rows)).toMatchFileSnapshot(golden(name));
    }
  });
});
