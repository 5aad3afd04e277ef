import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { memoryPath } from '@/db/settings';
import { startNodeEngine } from '../../support/node-engine';

it('exp', async () => {
  const engine = await startNodeEngine();
  const bytes = new Uint8Array(readFileSync(process.env.PROFILE_FILE ?? '/tmp/long-100k.csv'));
  await engine.registerFile('d.csv', bytes);
  const p = memoryPath('d.csv');
  const cols = `{'index':'VARCHAR','year':'VARCHAR','unit_code':'VARCHAR','unit_name':'VARCHAR','unit_level':'VARCHAR','component_code':'VARCHAR','component_name':'VARCHAR','score':'VARCHAR','max_score':'VARCHAR','rank':'VARCHAR'}`;
  const rc = `read_csv('${p}', header=true, auto_detect=false, delim=',', quote='"', escape='"', columns=${cols})`;
  const re = `'[+-]{0,1}([0-9]+(\\.[0-9]*){0,1}|\\.[0-9]+) {0,1}%{0,1}'`;
  const cases: Record<string, string> = {
    warm: `SELECT count(*) FROM ${rc}`,
    floor: `CREATE OR REPLACE TEMP TABLE t1 AS SELECT * FROM ${rc}`,
    floor2: `CREATE OR REPLACE TEMP TABLE t1 AS SELECT * FROM ${rc}`,
    ordinality: `CREATE OR REPLACE TEMP TABLE t2 AS SELECT * FROM ${rc} WITH ORDINALITY`,
    regex3: `CREATE OR REPLACE TEMP TABLE t3 AS SELECT *, regexp_full_match(score, ${re}) a, regexp_full_match(max_score, ${re}) b, regexp_full_match(rank, '[0-9]+') c,regexp_full_match(year, '[0-9]{4}') d FROM ${rc}`,
    trycast: `CREATE OR REPLACE TEMP TABLE t4 AS SELECT *, TRY_CAST(score AS DOUBLE) a, TRY_CAST(max_score AS DOUBLE) b, TRY_CAST(rank AS INTEGER) c, TRY_CAST(year AS INTEGER) d FROM ${rc}`,
    floor3: `CREATE OR REPLACE TEMP TABLE t1 AS SELECT * FROM ${rc}`,
  };
  for (const [name, sql] of Object.entries(cases)) {
    const t = performance.now();
    await engine.query(sql);
    console.log(name, Math.round(performance.now() - t));
  }
}, 600_000);
