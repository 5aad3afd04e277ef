import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlEngine } from '@/db/engine';
import { buildHomePeerStats, buildIndexYears, buildUnitDatasets } from '@/sql/trends-extra';
import { explain, loadScores, refreshFacts, rounded, run, startAnalyticsEngine } from '../../support/load-fixture';

let engine: SqlEngine;
beforeAll(async () => {
  engine = await startAnalyticsEngine();
  await loadScores(engine, 'papi-mini.csv');
  await loadScores(engine, 'pci-mini.csv');
  await loadScores(engine, 'ddci-blocks.csv', true);
  await refreshFacts(engine);
}, 60_000);

describe('buildIndexYears()', () => {
  it('gives the first and last year with a score per index', async () => {
    const rows = await run(engine, buildIndexYears());
    expect(rows.find((row) => row.index_code === 'PAPI')).toMatchObject({ first_year: 2016, last_year: 2019 });
    expect(rows.map((row) => row.index_code)).toEqual([...rows.map((row) => row.index_code)].sort());
  });
});

describe('buildHomePeerStats(options)', () => {
  const papi = buildHomePeerStats({ index: 'PAPI', homeUnit: 'bac-ninh', peerBy: 'level', from: 2016, to: 2019 });

  it('binds every value and is accepted by DuckDB', async () => {
    expect(papi.text).not.toMatch(/bac-ninh|PAPI'|2016/);
    expect((await explain(engine, papi)).length).toBeGreaterThan(0);
  });

  it('takes best and median among the provinces scored that year, with the home score', async () => {
    const rows = rounded(await run(engine, papi));
    const d1 = rows.filter((row) => row.component_code === 'D1');
    expect(d1.map((row) => row.year)).toEqual([...d1.map((row) => row.year)].sort());
    for (const row of rows) {
      expect(Number(row.best_score)).toBeGreaterThanOrEqual(Number(row.median_score));
      expect(Number(row.scored_count)).toBeGreaterThan(0);
    }
    const d1y2016 = rows.find((row) => row.component_code === 'D1' && row.year === 2016);
    expect(d1y2016).toMatchObject({ home_score: 4 });
    expect(String(d1y2016?.best_units).split(',').length).toBeGreaterThan(0);
  });

  it('has no peers in a year without a home row (Bắc Ninh has no PAPI 2017)', async () => {
    const rows = await run(engine, papi);
    expect(rows.some((row) => row.year === 2017)).toBe(false);
  });

  it('groups by the home unit’s own block of each year when asked', async () => {
    const byBlock = await run(
      engine,
      buildHomePeerStats({ index: 'DDCI', homeUnit: 'so-a', peerBy: 'block', from: 2000, to: 2100 }),
    );
    const byLevel = await run(
      engine,
      buildHomePeerStats({ index: 'DDCI', homeUnit: 'so-a', peerBy: 'level', from: 2000, to: 2100 }),
    );
    expect(byBlock.length).toBeGreaterThan(0);
    const count = (rows: typeof byBlock) =>
      rows.reduce((sum, row) => sum + Number(row.scored_count ?? 0), 0);
    // A block is part of its level: never more peers than the level has.
    expect(count(byBlock)).toBeLessThanOrEqual(count(byLevel));
  });

  it('returns nothing for a unit the index does not know', async () => {
    const rows = await run(
      engine,
      buildHomePeerStats({ index: 'PAPI', homeUnit: 'nowhere', peerBy: 'level', from: 2016, to: 2019 }),
    );
    expect(rows).toEqual([]);
  });
});

describe('buildUnitDatasets(index)', () => {
  it('names the dataset behind each unit of one index only', async () => {
    const rows = await run(engine, buildUnitDatasets('PAPI'));
    expect(rows.find((row) => row.unit_code === 'bac-ninh')).toMatchObject({
      dataset_id: 'papi-mini',
      kind: 'sample',
    });
    expect(rows.every((row) => row.dataset_id === 'papi-mini')).toBe(true);
  });
});
