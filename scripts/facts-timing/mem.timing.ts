// Not a test: the memory of the derived pass after a large import, on the Node engine (same wasm).
//   node scripts/gen-long-csv.mjs 1000000 > /tmp/long-1m.csv
//   FACTS_CSV=/tmp/long-1m.csv [FACTS_BATCH=100000] npx vitest run \
//     --config scripts/facts-timing/vitest.config.ts scripts/facts-timing/mem.timing.ts
// Prints DuckDB's duckdb_memory(), the process's RSS (the wasm heap never shrinks: its peak stays) and
// the tables' row counts after the import and after each slow statement of the passes.
import { it } from 'vitest';
import type { SqlEngine } from '@/db/engine';
import { statementsOf } from '@/db/pass-step';
import { runInTransaction } from '@/db/transaction';
import type { Query } from '@/sql/query';
import { refreshScoreFacts } from '@/sql/score-facts';
import { importLargeCsv, startBundledEngine } from './engine-setup';

const CSV = process.env.FACTS_CSV ?? '';
const BATCH = Number(process.env.FACTS_BATCH ?? 400_000);

async function mem(engine: SqlEngine, label: string): Promise<void> {
  const [m] = await engine.query('SELECT sum(memory_usage_bytes) AS b FROM duckdb_memory()');
  const tables = await engine.query(
    'SELECT table_name, estimated_size AS n, column_count AS c FROM duckdb_tables() WHERE estimated_size > 1000',
  );
  const tags = await engine.query(
    'SELECT tag, memory_usage_bytes AS b FROM duckdb_memory() WHERE memory_usage_bytes > 0',
  );
  console.log(
    `${label}: duckdb ${Math.round(Number(m?.b) / 2 ** 20)} MB, rss ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB`,
    tables.map((t) => `${t.table_name}:${t.n}x${t.c}`).join(' '),
    tags.map((t) => `${t.tag}=${Math.round(Number(t.b) / 2 ** 20)}`).join(' '),
  );
}

it('memory of derived facts after a large import', async () => {
  const engine = await startBundledEngine();
  await runInTransaction(engine, refreshScoreFacts('full'));
  await mem(engine, 'bundled');
  await importLargeCsv(engine, 'big', CSV);
  await engine.dropFile('big.csv');
  await mem(engine, 'imported');
  for (const scope of ['quick', 'full'] as const) {
    await engine.writer.execute(['BEGIN TRANSACTION']);
    let i = 0;
    const read = (r: Query) => engine.writer.query(r.text, r.params);
    for await (const step of statementsOf(refreshScoreFacts(scope, undefined, BATCH), read)) {
      i += 1;
      const start = performance.now();
      await engine.writer.query(step.text, step.params);
      const ms = Math.round(performance.now() - start);
      if (ms > 200) await mem(engine, `${scope} ${i} ${ms}ms ${step.text.slice(0, 30).replace(/\s+/g, ' ')}`);
    }
    await engine.writer.execute(['COMMIT']);
    await mem(engine, `${scope} done`);
  }
});
