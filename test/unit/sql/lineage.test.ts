import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlEngine } from '@/db/engine';
import { parseCrosswalk } from '@/domain/crosswalk-csv';
import { crosswalkToLinks } from '@/domain/lineage';
import { buildUnitLineage } from '@/sql/lineage';
import { fillReferenceTables } from '@/sql/reference-tables';
import { asJson, DATA, explain, golden, run, startEngineWith } from '../../support/load-fixture';

let engine: SqlEngine;
beforeAll(async () => {
  engine = await startEngineWith({
    scores: [`${DATA}/papi.csv`],
    crosswalk: `${DATA}/provinces_2025_crosswalk.csv`,
    facts: false,
  });
}, 60_000);

const links = crosswalkToLinks(parseCrosswalk(readFileSync(`${DATA}/provinces_2025_crosswalk.csv`, 'utf8')));

describe('the 2025 crosswalk as lineage', () => {
  it('maps every old province to exactly one new province, and 63 → 34', () => {
    expect(links).toHaveLength(63);
    expect(new Set(links.map((l) => l.oldCode)).size).toBe(63);
    expect(new Set(links.map((l) => l.newCode)).size).toBe(34);
  });

  it('slugifies every old name to a unit code of the PAPI data', async () => {
    const codes = new Set(
      (await engine.query("SELECT DISTINCT unit_code FROM scores WHERE unit_level = 'province'")).map(
        (r) => r.unit_code,
      ),
    );
    expect(links.filter((l) => !codes.has(l.oldCode)).map((l) => l.oldCode)).toEqual([]);
  });

  it('gives every new province at least one predecessor', async () => {
    const rows = (await run(engine, buildUnitLineage('quang-tri'))).filter((r) => r.new_code === 'quang-tri');
    await expect(asJson(rows)).toMatchFileSnapshot(golden('lineage-quang-tri'));
    expect(rows.map((r) => [r.old_code, r.is_identity])).toEqual([
      ['quang-binh', false],
      ['quang-tri', true],
    ]);
    const orphans = await engine.query(
      'SELECT DISTINCT new_code FROM lineage l WHERE NOT EXISTS (SELECT 1 FROM lineage p WHERE p.new_code = l.new_code)',
    );
    expect(orphans).toEqual([]);
  });

  it('finds the successor of an old province', async () => {
    const q = buildUnitLineage('thua-thien-hue');
    expect(q.text).not.toContain('thua-thien-hue');
    expect((await explain(engine, q)).length).toBeGreaterThan(0);
    expect(await run(engine, q)).toEqual([
      {
        old_code: 'thua-thien-hue',
        old_name: 'Thừa Thiên Huế',
        new_code: 'hue',
        new_name: 'Huế',
        effective_year: 2025,
        is_identity: false,
      },
    ]);
  });
});

describe('fillReferenceTables(catalogue)', () => {
  it('stores PAPI 2018 as a break of the total only, and the 2025 peer break for provinces', async () => {
    const breaks = await engine.query(
      "SELECT component_code, year FROM method_breaks WHERE index_code = 'PAPI'",
    );
    expect(breaks).toEqual([{ component_code: 'TOTAL', year: 2018 }]);
    const peers = await engine.query("SELECT year FROM peer_breaks WHERE unit_level = 'province'");
    expect(peers).toEqual([{ year: 2025 }]);
  });

  it('binds every catalogue value and can be run twice', async () => {
    const statements = fillReferenceTables();
    for (const q of statements) expect(q.text).not.toMatch(/PAPI|TOTAL|2018/);
    for (const q of statements) await run(engine, q);
    const [count] = await engine.query('SELECT count(*) AS n FROM peer_breaks');
    expect(count?.n).toBe(3);
  });
});
