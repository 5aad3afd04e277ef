import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlEngine } from '@/db/engine';
import { checkRows } from '@/db/rows';
import { toWeakFacts } from '@/features/briefing/model/weak-facts';
import { buildBaseDeltas } from '@/sql/base-deltas';
import { buildBriefingMovers, buildBriefingTotals } from '@/sql/briefing';
import { buildBriefingWeak } from '@/sql/briefing-weak';
import { DATA, FIXTURES, run, startEngineWith } from '../../support/load-fixture';

// A change of rank is stated in the briefing's words only where it is one: never across a
// methodology break, a merger, a change of peers or a partial (top-N) release.
let engine: SqlEngine;
beforeAll(async () => {
  engine = await startEngineWith({
    scores: [`${DATA}/papi.csv`, 'pci-mini.csv', 'par-merger.csv'],
    crosswalk: `${FIXTURES}/crosswalk-mini.csv`,
  });
}, 120_000);

const total = async (unit: string, year: number, index: 'PAPI' | 'PCI' | 'PAR') => {
  const [row] = await run(engine, buildBriefingTotals(unit, year, [index]));
  return row;
};

describe('the change of rank in the briefing facts', () => {
  it('is a plain change within one methodology and one set of peers (PAPI 2024)', async () => {
    expect(await total('ha-tinh', 2024, 'PAPI')).toMatchObject({
      rank_comparable: true,
      rank_not_comparable_reason: null,
      rank_change: expect.any(Number),
    });
  });

  it('is not stated across the PAPI 2018 methodology break, the score change neither', async () => {
    expect(await total('ha-tinh', 2018, 'PAPI')).toMatchObject({
      comparable: false,
      not_comparable_reason: 'method',
      rank_comparable: false,
      rank_change: null,
      rank_not_comparable_reason: 'method',
      previous_rank: expect.any(Number),
    });
  });

  it('is not stated across a merger into the unit, nor across the 63 → 34 change of peers', async () => {
    expect(await total('quang-tri', 2025, 'PAR')).toMatchObject({
      rank_change: null,
      rank_not_comparable_reason: 'merger',
    });
    expect(await total('ha-noi', 2025, 'PAR')).toMatchObject({
      comparable: true,
      rank_change: null,
      rank_not_comparable_reason: 'peers',
    });
  });

  it('is a plain change between two published ranks of a top-N release (PCI 2023 → 2024)', async () => {
    expect(await total('hai-phong', 2024, 'PCI')).toMatchObject({
      rank_source: 'published',
      rank_change: 1,
      rank_not_comparable_reason: null,
    });
  });

  it('is not stated for a rank computed from the loaded units of a top-N release', async () => {
    const [entry] = await run(engine, buildBriefingMovers('hai-phong', 2023, ['PCI']));
    expect(entry).toMatchObject({ component_code: 'ENTRY', direction: 'rise', rank_change: null });
    expect(entry?.score_change).toBeCloseTo(0.3, 9);
  });

  it('from a base year follows the same rule (break, merger, partial)', async () => {
    const rows = await run(
      engine,
      buildBaseDeltas({
        bases: [
          { index: 'PAPI', year: 2017 },
          { index: 'PAR', year: 2024 },
          { index: 'PCI', year: 2022 },
        ],
        units: ['ha-tinh', 'quang-tri', 'hai-phong'],
        from: 2018,
        to: 2025,
      }),
    );
    const at = (index: string, unit: string, year: number, component = 'TOTAL') =>
      rows.find(
        (r) =>
          r.index_code === index && r.unit_code === unit && r.year === year && r.component_code === component,
      );
    expect(at('PAPI', 'ha-tinh', 2018)?.rank_not_comparable_reason).toBe('method');
    expect(at('PAR', 'quang-tri', 2025)?.rank_not_comparable_reason).toBe('merger');
    expect(at('PCI', 'hai-phong', 2023, 'ENTRY')?.rank_not_comparable_reason).toBe('partial');
    expect(at('PCI', 'hai-phong', 2024)).toMatchObject({ rank_change: 2, rank_not_comparable_reason: null });
  });

  it('never gives a weak point for a drop of rank it may not state (a partial release)', async () => {
    const criteria = { lowMode: 'pct', lowThreshold: 0, fallRankPlaces: 0 } as const;
    const weak = buildBriefingWeak('hai-phong', 2023, criteria, ['PCI']);
    const rows = checkRows(weak, await run(engine, weak));
    const entry = rows.find((row) => row.component_code === 'ENTRY');
    // fallRankPlaces 0 flags any rank change ≤ 0: the SQL rule flags it, the briefing does not state it.
    expect(entry).toMatchObject({ fell_rank: true, rank_not_comparable_reason: 'partial' });
    expect(toWeakFacts(rows).find((point) => point.component_code === 'ENTRY')).toBeUndefined();
    const stated = toWeakFacts(rows.map((row) => ({ ...row, rank_not_comparable_reason: null })));
    expect(stated.find((point) => point.component_code === 'ENTRY')?.reasons).toEqual(['falling_rank']);
  });
});
