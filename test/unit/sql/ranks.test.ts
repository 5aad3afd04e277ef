import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlEngine } from '@/db/engine';
import { buildRanks } from '@/sql/ranks';
import { asJson, explain, golden, run, startEngineWithFacts } from '../../support/load-fixture';

let engine: SqlEngine;
beforeAll(async () => {
  engine = await startEngineWithFacts('papi-mini.csv', 'pci-mini.csv', 'ddci-blocks.csv');
}, 60_000);

describe('buildRanks(options)', () => {
  const papi = buildRanks({ index: 'PAPI', year: 2019, peerBy: 'level', components: ['D1'] });

  it('binds the index, year and lists', async () => {
    expect(papi.params.slice(0, 3)).toEqual(['level', 'PAPI', 2019]);
    expect(papi.text).not.toContain('D1');
    expect((await explain(engine, papi)).length).toBeGreaterThan(0);
  });

  it('gives tied scores the same rank and skips the next (RANK), leaving national means out', async () => {
    const rows = await run(engine, papi);
    await expect(asJson(rows)).toMatchFileSnapshot(golden('ranks-papi-2019-d1'));
    expect(rows.map((row) => [row.unit_code, row.rank, row.peer_count])).toEqual([
      ['an-giang', 1, 4],
      ['bac-ninh', 1, 4],
      ['da-nang', 3, 4],
      ['ca-mau', 4, 4],
    ]);
  });

  it('keeps PCI published ranks, computes the rest, and never ranks an unpublished score', async () => {
    const rows = await run(
      engine,
      buildRanks({ index: 'PCI', year: 2023, peerBy: 'level', components: ['TOTAL'] }),
    );
    await expect(asJson(rows)).toMatchFileSnapshot(golden('ranks-pci-2023'));
    expect(rows.map((row) => [row.unit_code, row.rank, row.rank_source, row.status])).toEqual([
      ['hai-phong', 2, 'published', 'scored'],
      ['ha-noi', 12, 'published', 'rank_only'],
    ]);
    // A published rank is among all 63 provinces of that year (official_peer_counts), not the 2 in the file.
    expect(rows[0]?.peer_count).toBe(63);
  });

  it('ranks within a block when asked', async () => {
    const q = buildRanks({ index: 'DDCI', year: 2022, peerBy: 'block', components: ['TOTAL'] });
    const rows = await run(engine, q);
    await expect(asJson(rows)).toMatchFileSnapshot(golden('ranks-ddci-blocks'));
    expect(rows.find((row) => row.unit_code === 'so-c')).toMatchObject({ rank: 1, peer_count: 1 });
  });
});
