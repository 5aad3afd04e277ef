import { beforeAll, describe, expect, it } from 'vitest';
import type { Row, SqlEngine } from '@/db/engine';
import type { PeerGroup } from '@/sql/ranks';
import { DEFAULT_WEAK_CRITERIA } from '@/sql/weak-components';
import { buildWeakScreen } from '@/sql/weak-extra';
import { run, startEngineWithFacts } from '../../support/load-fixture';

// Ranks are computed once into score_facts (rankedCtes); the heatmap cells of the weak-points screen
// show them as they are stored, so the ranking rules are checked through that query.
let engine: SqlEngine;
beforeAll(async () => {
  engine = await startEngineWithFacts('papi-mini.csv', 'pci-mini.csv', 'ddci-blocks.csv');
}, 60_000);

async function heatmapCells(
  index: 'PAPI' | 'PCI' | 'DDCI',
  year: number,
  peer: PeerGroup,
  component: string,
): Promise<Row[]> {
  const rows = await run(
    engine,
    buildWeakScreen({ index, year, peer, levels: [], blocks: [], criteria: DEFAULT_WEAK_CRITERIA }),
  );
  return rows
    .filter((row) => row.in_group === true && row.component_code === component)
    .sort(
      (a, b) =>
        Number(a.rank ?? 999) - Number(b.rank ?? 999) ||
        String(a.unit_code).localeCompare(String(b.unit_code)),
    );
}

describe('ranks among peers (score_facts, as the heatmap shows them)', () => {
  const province = { by: 'level', level: 'province' } as const;

  it('gives tied scores the same rank and skips the next (RANK), leaving national means out', async () => {
    const rows = await heatmapCells('PAPI', 2019, province, 'D1');
    expect(rows.map((row) => [row.unit_code, row.rank, row.peer_count])).toEqual([
      ['an-giang', 1, 4],
      ['bac-ninh', 1, 4],
      ['da-nang', 3, 4],
      ['ca-mau', 4, 4],
    ]);
  });

  it('keeps PCI published ranks, computes the rest, and never ranks an unpublished score', async () => {
    const rows = await heatmapCells('PCI', 2023, province, 'TOTAL');
    expect(rows.map((row) => [row.unit_code, row.rank, row.rank_source, row.status])).toEqual([
      ['hai-phong', 2, 'published', 'scored'],
      ['ha-noi', 12, 'published', 'rank_only'],
    ]);
    // A published rank is among all 63 provinces of that year (official_peer_counts), not the 2 in the file.
    expect(rows[0]?.peer_count).toBe(63);
  });

  it('ranks within a block when asked', async () => {
    const department = (block: string) => ({ by: 'block', level: 'department', block }) as const;
    const advisory = await heatmapCells('DDCI', 2022, department('advisory'), 'TOTAL');
    expect(advisory.map((row) => [row.unit_code, row.rank, row.peer_count])).toEqual([
      ['so-b', 1, 2],
      ['so-a', 2, 2],
    ]);
    const service = await heatmapCells('DDCI', 2022, department('service'), 'TOTAL');
    expect(service.map((row) => [row.unit_code, row.rank, row.peer_count])).toEqual([['so-c', 1, 1]]);
  });
});
