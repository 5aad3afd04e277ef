import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlEngine } from '@/db/engine';
import { checkRows, RowContractError } from '@/db/rows';
import { buildPackGroups, buildPackUnits } from '@/sql/briefing-pack';
import { DATA, loadScores, run, startAnalyticsEngine } from '../../support/load-fixture';

interface CsvRow {
  readonly year: string;
  readonly unit_code: string;
  readonly component_code: string;
  readonly block: string;
}
const FILES = [`${DATA}/sample/tinh-mau-par.csv`, `${DATA}/sample/tinh-mau-sipas.csv`];
// Expected units read from the CSV text in Node, with no SQL involved.
const rows = FILES.flatMap(
  (file) => Papa.parse<CsvRow>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data,
);
const unitsOf = (block: string, year: number): string[] =>
  [
    ...new Set(
      rows
        .filter((r) => r.block === block && Number(r.year) === year && r.component_code === 'TOTAL')
        .map((r) => r.unit_code),
    ),
  ].sort();

let engine: SqlEngine;
beforeAll(async () => {
  engine = await startAnalyticsEngine();
  for (const file of FILES) await loadScores(engine, file);
}, 120_000);

describe('the council pack: blocks and their units', () => {
  it('lists every block of the sample province with its years, newest first', async () => {
    const groups = await run(engine, buildPackGroups());
    const soNganh = groups.find((group) => group.block === 'so-nganh');
    expect(soNganh?.unit_level).toBe('department');
    expect(soNganh?.years).toBe('2025,2024,2023,2022,2021');
    expect(groups.map((group) => group.block)).toEqual(
      [...new Set(rows.filter((r) => r.component_code === 'TOTAL').map((r) => r.block))].sort(),
    );
  });

  it('gives one row per unit of the block with a total in the year', async () => {
    const expected = unitsOf('so-nganh', 2024);
    expect(expected.length).toBeGreaterThan(5);
    const units = await run(engine, buildPackUnits('so-nganh', 2024));
    expect(units.map((unit) => unit.unit_code)).toEqual(expected);
    expect(units.every((unit) => typeof unit.unit_name === 'string' && unit.unit_name !== '')).toBe(true);
  });

  it('reads the block per year: the districts of 2024 are not in the communes of 2025', async () => {
    const communes = await run(engine, buildPackUnits('cap-xa', 2025));
    expect(communes.map((unit) => unit.unit_code)).toEqual(unitsOf('cap-xa', 2025));
    expect(await run(engine, buildPackUnits('cap-huyen', 2025))).toEqual([]);
  });

  it("hands on a block's years as numbers, and refuses an answer that breaks the declared row", async () => {
    const groups = buildPackGroups();
    const answer = await run(engine, groups);
    expect(checkRows(groups, answer).find((group) => group.block === 'so-nganh')?.years).toEqual([
      2025, 2024, 2023, 2022, 2021,
    ]);
    // A block without its years (say, a change of the SQL that lost the aggregate) never reaches the
    // pack as a block with no year to print: the boundary names the column.
    const broken = answer.map((group, position) => (position === 1 ? { ...group, years: null } : group));
    expect(() => checkRows(groups, broken)).toThrow(RowContractError);
    expect(() => checkRows(groups, broken)).toThrow(/Row 2, column years/);
  });
});
