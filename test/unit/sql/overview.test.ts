import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlEngine } from '@/db/engine';
import { buildOverview } from '@/sql/overview';
import { buildOverviewSeries } from '@/sql/overview-extra';
import { asJson, explain, golden, run, startEngineWithFacts } from '../../support/load-fixture';

let engine: SqlEngine;
beforeAll(async () => {
  engine = await startEngineWithFacts('papi-mini.csv', 'pci-mini.csv');
}, 60_000);

describe('buildOverview(unit)', () => {
  it('is bound and accepted by DuckDB', async () => {
    const q = buildOverview('ha-noi');
    expect(q.text).not.toContain('ha-noi');
    expect((await explain(engine, q)).length).toBeGreaterThan(0);
  });

  it('gives per index the latest total, the change vs the previous year with data and the rank', async () => {
    const rows = await run(engine, buildOverview('ha-noi'));
    await expect(asJson(rows)).toMatchFileSnapshot(golden('overview-ha-noi'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      index_code: 'PCI',
      latest_year: 2024,
      score: 69,
      previous_year: 2023,
      score_change: null,
      rank: 2,
      rank_source: 'computed',
    });
  });

  it('reports a methodology break instead of a change', async () => {
    const rows = await run(engine, buildOverview('bac-ninh'));
    expect(rows[0]).toMatchObject({
      index_code: 'PAPI',
      latest_year: 2019,
      score_change: -1,
      comparable: true,
      rank: 4,
      peer_count: 4,
      peer_quartile: 4,
    });
  });

  it('returns the sparkline of every index in one query, a missing year as a NULL row, cut at the PAPI 2018 break', async () => {
    const rows = await run(engine, buildOverviewSeries('bac-ninh'));
    expect(rows.map((r) => [r.index_code, r.year, r.score === null, r.comparable, r.status])).toEqual([
      ['PAPI', 2016, false, null, 'scored'],
      ['PAPI', 2017, true, null, 'missing'],
      ['PAPI', 2018, false, false, 'scored'],
      ['PAPI', 2019, false, true, 'scored'],
    ]);
  });
});
