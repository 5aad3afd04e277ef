import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlEngine } from '@/db/engine';
import { buildSeries } from '@/sql/series';
import { asJson, explain, golden, run, startEngineWithFacts } from '../../support/load-fixture';

let engine: SqlEngine;
beforeAll(async () => {
  engine = await startEngineWithFacts('papi-mini.csv', 'pci-mini.csv');
}, 60_000);

describe('buildSeries(options)', () => {
  const q = buildSeries({
    index: 'PAPI',
    units: ['bac-ninh', 'da-nang'],
    components: ['TOTAL', 'D1'],
    from: 2016,
    to: 2019,
  });

  it('is a bound query that DuckDB accepts', async () => {
    expect(q.text).not.toMatch(/bac-ninh|TOTAL|2016/);
    expect((await explain(engine, q)).length).toBeGreaterThan(0);
  });

  it('returns the full grid with gaps as NULL rows, never 0', async () => {
    const rows = await run(engine, q);
    await expect(asJson(rows)).toMatchFileSnapshot(golden('series-papi'));
    expect(rows).toHaveLength(16);
    expect(rows.find((r) => r.unit_code === 'bac-ninh' && r.year === 2017)).toMatchObject({
      score: null,
      status: 'missing',
    });
    expect(rows.find((r) => r.unit_code === 'da-nang' && r.year === 2016)).toMatchObject({
      score: null,
      rank: null,
    });
  });

  it('says "not published" for PCI gaps from 2023, and keeps a rank without a score', async () => {
    const rows = await run(
      engine,
      buildSeries({
        index: 'PCI',
        units: ['cao-bang', 'ha-noi'],
        components: ['TOTAL'],
        from: 2022,
        to: 2024,
      }),
    );
    await expect(asJson(rows)).toMatchFileSnapshot(golden('series-pci'));
    expect(rows.filter((r) => r.unit_code === 'cao-bang').map((r) => r.status)).toEqual([
      'scored',
      'not_published',
      'not_published',
    ]);
    expect(rows.find((r) => r.unit_code === 'ha-noi' && r.year === 2023)).toMatchObject({
      score: null,
      rank: 12,
      status: 'rank_only',
    });
  });

  it('takes every component of the units when none is named', async () => {
    const rows = await run(engine, buildSeries({ index: 'PAPI', units: ['da-nang'], from: 2018, to: 2019 }));
    expect(rows.map((r) => r.component_code)).toEqual(['TOTAL', 'TOTAL', 'D1', 'D1', 'D2', 'D2']);
  });

  it('gives each golden file’s rows when computed live from the scores', async () => {
    const views = [
      [
        'series-papi',
        { index: 'PAPI', units: ['bac-ninh', 'da-nang'], components: ['TOTAL', 'D1'], from: 2016, to: 2019 },
      ],
      [
        'series-pci',
        { index: 'PCI', units: ['cao-bang', 'ha-noi'], components: ['TOTAL'], from: 2022, to: 2024 },
      ],
    ] as const;
    for (const [name, view] of views) {
      const rows = await run(engine, buildSeries({ ...view, source: 'live' }));
      await expect(asJson(rows)).toMatchFileSnapshot(golden(name));
    }
  });
});
