import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { importCsv } from '@/ingest/import-csv';
import { prepare } from '@/ingest/prepare';
import { SCHEMA_STATEMENTS } from '@/sql/schema';
import { startNodeEngine } from '../../support/node-engine';

it('profile', async () => {
  const engine = await startNodeEngine();
  await engine.execute(SCHEMA_STATEMENTS);
  const file = process.env.PROFILE_FILE ?? '/tmp/long-100k.csv';
  const bytes = new Uint8Array(readFileSync(file));
  let t = performance.now();
  const p = prepare(bytes.slice(), {});
  console.log('prepare', Math.round(performance.now() - t), p.ok, p.lineBreakpoints.length);
  t = performance.now();
  const q = engine.query.bind(engine);
  engine.query = async (text, params) => {
    const s = performance.now();
    const r = await q(text, params);
    console.log('  query', Math.round(performance.now() - s), text.replace(/\s+/g, ' ').slice(0, 90));
    return r;
  };
  const r = await importCsv(
    engine,
    { fileName: 'x.csv', bytes },
    { datasetId: 'imp_x', onProgress: (s, f) => console.log(s, f, Math.round(performance.now() - t)) },
  );
  console.log(
    'import',
    Math.round(performance.now() - t),
    r.ok,
    r.ok ? r.rowCount : JSON.stringify(r.errors),
  );
}, 600_000);
