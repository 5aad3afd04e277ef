import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlEngine } from '@/db/engine';
import { buildBriefingMovers, buildBriefingTotals, buildBriefingYears } from '@/sql/briefing';
import { buildBriefingWeak } from '@/sql/briefing-weak';
import { DEFAULT_WEAK_CRITERIA } from '@/sql/weak-components';
import { papiMovers, papiScore } from '../../e2e/support/published-papi';
import { DATA, explain, run, startEngineWithFacts } from '../../support/load-fixture';

// Expected figures (papiScore) are read from the CSV text in Node, with no SQL involved.
let engine: SqlEngine;
beforeAll(async () => {
  engine = await startEngineWithFacts(`${DATA}/papi.csv`);
}, 120_000);

describe('the briefing queries on the bundled PAPI', () => {
  it('bind every value', async () => {
    for (const q of [
      buildBriefingTotals('ha-tinh', 2024),
      buildBriefingMovers('ha-tinh', 2024),
      buildBriefingYears(),
      buildBriefingWeak('ha-tinh', 2024, DEFAULT_WEAK_CRITERIA),
    ]) {
      expect(q.text).not.toContain('ha-tinh');
      expect(q.text).not.toContain('2024');
      expect((await explain(engine, q)).length).toBeGreaterThan(0);
    }
  });

  it("give Hà Tĩnh's 2024 total and its change from 2023 as in the CSV", async () => {
    const [row] = await run(engine, buildBriefingTotals('ha-tinh', 2024, ['PAPI']));
    expect(row).toMatchObject({ index_code: 'PAPI', year: 2024, previous_year: 2023, comparable: true });
    expect(row?.score).toBeCloseTo(papiScore('ha-tinh', 2024, 'TOTAL'), 9);
    expect(row?.score_change).toBeCloseTo(
      papiScore('ha-tinh', 2024, 'TOTAL') - papiScore('ha-tinh', 2023, 'TOTAL'),
      9,
    );
  });

  it('say "not comparable" for the total across the 2018 break', async () => {
    const [row] = await run(engine, buildBriefingTotals('ha-tinh', 2018, ['PAPI']));
    expect(row).toMatchObject({ year: 2018, previous_year: 2017, comparable: false, score_change: null });
    expect(row?.not_comparable_reason).toBe('method');
  });

  it('fall back to the last earlier year when the asked year has no figure', async () => {
    const [row] = await run(engine, buildBriefingTotals('ha-tinh', 2030, ['PAPI']));
    expect(row?.year).toBe(2024);
  });

  it('name the three dimensions that rose most and fell most, as the CSV has them', async () => {
    const rows = await run(engine, buildBriefingMovers('ha-tinh', 2024, ['PAPI']));
    const { rises, falls } = papiMovers('ha-tinh', 2024);
    expect(rows.filter((r) => r.direction === 'rise').map((r) => r.component_code)).toEqual(
      rises.map((c) => c.code),
    );
    expect(rows.filter((r) => r.direction === 'fall').map((r) => r.component_code)).toEqual(
      falls.map((c) => c.code),
    );
    const first = rows[0];
    expect(first?.score_change).toBeCloseTo(rises[0]?.change ?? Number.NaN, 9);
  });

  it('list the years with a total of every unit, newest first', async () => {
    const rows = await run(engine, buildBriefingYears());
    const years = String(rows.find((r) => r.unit_code === 'ha-tinh')?.years)
      .split(',')
      .map(Number);
    expect(years[0]).toBe(2024);
    expect(years).toContain(2011);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(new Set(rows.map((r) => r.unit_code)).size).toBe(rows.length);
  });
});
