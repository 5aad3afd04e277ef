import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlEngine, SqlParam } from '@/db/engine';
import { runInTransaction } from '@/db/transaction';
import { query } from '@/sql/query';
import { buildUnitList, type UnitRow } from '@/sql/units';
import { DATA, loadScores, run, startAnalyticsEngine } from '../../support/load-fixture';
import { firstOfEachKey } from '../../support/score-rows';

// The unit list, computed here from the rows themselves: latest name, sorted distinct levels, years
// and indices. Small value sets so that units get one or several levels and indices, and years
// inside and outside the range the view keeps as bits.
const rowArb = fc.record({
  dataset: fc.constantFrom('a', 'b'),
  index: fc.constantFrom('PAPI', 'PCI', 'PAR'),
  year: fc.constantFrom(1985, 1990, 2009, 2016, 2025, 2053, 2054, 2100),
  unit: fc.constantFrom('u1', 'u2', 'u3', 'u4', 'u5'),
  level: fc.constantFrom('province', 'district', 'commune'),
  component: fc.constantFrom('TOTAL', 'D1'),
});
interface ScoreRow {
  readonly dataset: string;
  readonly index: string;
  readonly year: number;
  readonly unit: string;
  readonly level: string;
  readonly component: string;
}

/** One row per key and dataset, as an import keeps it. */
const keyOf = (r: ScoreRow) => `${r.dataset}|${r.index}|${r.year}|${r.unit}|${r.component}`;

/** A unit's name in a year: one per year, so the latest name is never a tie. */
const nameOf = (unit: string, year: number) => `${unit} (${year})`;

function expected(rows: readonly ScoreRow[]): UnitRow[] {
  const units = new Map<string, ScoreRow[]>();
  for (const r of rows) units.set(r.unit, [...(units.get(r.unit) ?? []), r]);
  const joined = (values: readonly (string | number)[]) => [...new Set(values.map(String))].sort().join(',');
  return [...units.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([unit, own]) => {
      const years = own.map((r) => r.year);
      const last = Math.max(...years);
      return {
        unit_code: unit,
        unit_name: nameOf(unit, last),
        levels: joined(own.map((r) => r.level)),
        years: joined(years),
        first_year: Math.min(...years),
        last_year: last,
        indices: joined(own.map((r) => r.index)),
      };
    });
}

async function load(rows: readonly ScoreRow[]): Promise<void> {
  const kept = firstOfEachKey(rows, keyOf);
  const params: SqlParam[] = kept.flatMap((r) => [
    r.dataset,
    r.index,
    r.year,
    r.unit,
    nameOf(r.unit, r.year),
    r.level,
    r.component,
  ]);
  await runInTransaction(engine, [
    query('DELETE FROM scores'),
    ...(kept.length === 0
      ? []
      : [
          query(
            `INSERT INTO scores VALUES ${kept.map(() => "(?, ?, ?, ?, ?, ?, 'x', ?, NULL, 1, 10, NULL, 1)").join(', ')}`,
            params,
          ),
        ]),
  ]);
}

let engine: SqlEngine;
beforeAll(async () => {
  engine = await startAnalyticsEngine();
}, 60_000);

describe('buildUnitList', () => {
  it('gives every unit its latest name and its sorted levels, years and indices', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(rowArb, { maxLength: 40 }), async (rows) => {
        await load(rows);
        const kept = firstOfEachKey(rows, keyOf);
        expect(await run(engine, buildUnitList())).toEqual(expected(kept));
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('lists the units of one level only when asked', async () => {
    await load([
      { dataset: 'a', index: 'PAPI', year: 2020, unit: 'u1', level: 'province', component: 'TOTAL' },
      { dataset: 'a', index: 'PCI', year: 2021, unit: 'u1', level: 'district', component: 'TOTAL' },
      { dataset: 'a', index: 'PAPI', year: 2020, unit: 'u2', level: 'commune', component: 'TOTAL' },
    ]);
    const rows = await run(engine, buildUnitList('district'));
    expect(rows.map((row) => [row.unit_code, row.levels, row.years, row.indices])).toEqual([
      ['u1', 'district,province', '2020,2021', 'PAPI,PCI'],
    ]);
  });

  it('is the same over the bundled data as computed from its rows', async () => {
    await runInTransaction(engine, [query('DELETE FROM scores')]);
    for (const file of ['papi.csv', 'pci.csv', 'par_index.csv', 'sipas.csv', 'ddci.csv']) {
      await loadScores(engine, path.join(DATA, file), 'published');
    }
    const rows = (await run(
      engine,
      query('SELECT index_code, year, unit_code, unit_level FROM scores'),
    )) as unknown as { index_code: string; year: number; unit_code: string; unit_level: string }[];
    const names = await run(
      engine,
      query('SELECT unit_code, arg_max(unit_name, year) AS unit_name FROM scores GROUP BY unit_code'),
    );
    const nameByUnit = new Map(names.map((row) => [String(row.unit_code), String(row.unit_name)]));
    const want = expected(
      rows.map((r) => ({
        dataset: 'a',
        index: r.index_code,
        year: r.year,
        unit: r.unit_code,
        level: r.unit_level,
        component: 'TOTAL',
      })),
    ).map((row) => ({ ...row, unit_name: nameByUnit.get(row.unit_code) ?? '' }));
    expect(want.length).toBeGreaterThan(60);
    expect(want.some((row) => row.indices.includes(','))).toBe(true);
    expect(await run(engine, buildUnitList())).toEqual(want);
  }, 60_000);
});
