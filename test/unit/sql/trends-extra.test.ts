import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlEngine } from '@/db/engine';
import {
  buildHomePeerStats,
  buildIndexYears,
  buildLevelPeerStats,
  buildUnitDatasets,
} from '@/sql/trends-extra';
import { explain, rounded, run, startEngineWithFacts } from '../../support/load-fixture';

let engine: SqlEngine;
beforeAll(async () => {
  engine = await startEngineWithFacts('papi-mini.csv', 'pci-mini.csv', 'ddci-blocks.csv');
}, 60_000);

describe('buildIndexYears()', () => {
  it('gives the first and last year with a score per index', async () => {
    const rows = await run(engine, buildIndexYears());
    expect(rows.find((row) => row.index_code === 'PAPI')).toMatchObject({
      first_year: 2016,
      last_year: 2019,
    });
    expect(rows.map((row) => row.index_code)).toEqual([...rows.map((row) => row.index_code)].sort());
  });
});

describe('buildHomePeerStats(options)', () => {
  const papi = buildHomePeerStats({
    index: 'PAPI',
    homeUnit: 'bac-ninh',
    peerBy: 'level',
    from: 2016,
    to: 2019,
  });

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
    // papi-mini D1 2016: An Giang 5.0, Bắc Ninh 4.0, Cà Mau 6.0.
    expect(rows.find((row) => row.component_code === 'D1' && row.year === 2016)).toMatchObject({
      best_score: 6,
      best_units: 'ca-mau',
      median_score: 5,
      scored_count: 3,
      home_score: 4,
    });
  });

  it('names every unit tied for best, beside the median of peers and the home score', async () => {
    const rows = await run(
      engine,
      buildHomePeerStats({ index: 'PAPI', homeUnit: 'ca-mau', peerBy: 'level', from: 2016, to: 2019 }),
    );
    expect(rows.find((row) => row.component_code === 'D1' && row.year === 2019)).toMatchObject({
      best_score: 6,
      best_units: 'an-giang,bac-ninh',
      median_score: 5.5,
      scored_count: 4,
      home_score: 4,
    });
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
    const count = (rows: typeof byBlock) => rows.reduce((sum, row) => sum + Number(row.scored_count ?? 0), 0);
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

describe('buildLevelPeerStats(options)', () => {
  const q = buildLevelPeerStats({ index: 'PAPI', from: 2016, to: 2019 });

  it('binds every value and is accepted by DuckDB', async () => {
    expect(q.text).not.toMatch(/PAPI'|2016/);
    expect((await explain(engine, q)).length).toBeGreaterThan(0);
  });

  it('gives, for each level, the figures buildHomePeerStats gives any unit of that level', async () => {
    const groups = rounded(await run(engine, q));
    for (const home of ['an-giang', 'bac-ninh', 'ca-mau']) {
      const own = rounded(
        await run(
          engine,
          buildHomePeerStats({ index: 'PAPI', homeUnit: home, peerBy: 'level', from: 2016, to: 2019 }),
        ),
      );
      expect(own.length).toBeGreaterThan(0);
      for (const row of own) {
        const group = groups.find(
          (g) =>
            g.unit_level === 'province' && g.component_code === row.component_code && g.year === row.year,
        );
        expect(group).toMatchObject({
          best_score: row.best_score,
          best_units: row.best_units,
          median_score: row.median_score,
          scored_count: row.scored_count,
        });
      }
    }
  });
});
