import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlEngine } from '@/db/engine';
import { buildYoyDeltas } from '@/sql/yoy-deltas';
import { DATA, run, startEngineWithFacts } from '../../support/load-fixture';

let engine: SqlEngine;
beforeAll(async () => {
  engine = await startEngineWithFacts(`${DATA}/papi.csv`);
}, 60_000);

/** The score of one row, read straight from the CSV text (no SQL involved). */
function csvScore(unit: string, component: string, year: number): number {
  const line = readFileSync(`${DATA}/papi.csv`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`PAPI,${year},${unit},`) && l.includes(`,${component},`));
  const cells = line?.split(',') ?? [];
  return Number(cells[cells.length - 3]);
}

describe('year-over-year on the bundled PAPI data', () => {
  it("gives Hà Tĩnh's D1 change 2023→2024 as computed by hand from the CSV", async () => {
    const expected = csvScore('ha-tinh', 'D1', 2024) - csvScore('ha-tinh', 'D1', 2023);
    expect(expected).toBeCloseTo(5.841213 - 5.7635245, 9);
    const rows = await run(
      engine,
      buildYoyDeltas({
        index: 'PAPI',
        units: ['ha-tinh'],
        components: ['D1', 'TOTAL'],
        from: 2017,
        to: 2024,
      }),
    );
    const d1 = rows.find((r) => r.component_code === 'D1' && r.year === 2024);
    expect(d1?.score_change).toBeCloseTo(expected, 9);
    const provincesWithD1 = readFileSync(`${DATA}/papi.csv`, 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('PAPI,2024,') && l.includes(',province,D1,')).length;
    expect(d1?.peer_count).toBe(provincesWithD1);
    expect(rows.find((r) => r.component_code === 'TOTAL' && r.year === 2018)).toMatchObject({
      comparable: false,
      score_change: null,
    });
    expect(rows.find((r) => r.component_code === 'D1' && r.year === 2018)?.comparable).toBe(true);
  });
});
