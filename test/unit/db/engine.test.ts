import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlEngine } from '@/db/engine';
import { startNodeEngine } from '../../support/node-engine';

let engine: SqlEngine;
beforeAll(async () => {
  engine = await startNodeEngine();
});

describe('the DuckDB engine behind db/', () => {
  it('binds parameters instead of splicing them into the text', async () => {
    const hostile = "x'); DROP TABLE t; --";
    const rows = await engine.query('SELECT ? AS v, ? + 1 AS n', [hostile, 41]);
    expect(rows).toEqual([{ v: hostile, n: 42 }]);
  });

  it('returns NULL as null and BIGINT and DECIMAL as plain numbers', async () => {
    const rows = await engine.query(
      'SELECT NULL::DOUBLE AS missing, count(*) AS c, 85.32::DOUBLE AS x, 85.32::DECIMAL(5,2) AS d FROM range(3)',
    );
    expect(rows[0]).toMatchObject({ missing: null, c: 3, x: 85.32 });
    expect(rows[0]?.d).toBeCloseTo(85.32, 10);
  });

  it('reads registered buffers but no other file, and its settings are locked', async () => {
    await engine.registerFile('probe.csv', new TextEncoder().encode('a\n1\n'));
    expect(await engine.query("SELECT a FROM read_csv('mem/probe.csv', header = true)")).toEqual([{ a: 1 }]);
    await expect(engine.query("SELECT * FROM read_csv('/etc/hostname')")).rejects.toThrow(
      /disabled by configuration/,
    );
    await expect(engine.execute(['SET enable_external_access = true'])).rejects.toThrow(/locked/);
    await expect(engine.execute(['SET autoload_known_extensions = true'])).rejects.toThrow(/locked/);
  });

  it('runs within a deliberate memory limit, free to reorder rows nothing orders', async () => {
    const rows = await engine.query(
      "SELECT current_setting('memory_limit') AS memory_limit, current_setting('preserve_insertion_order') AS ordered",
    );
    expect(rows).toEqual([{ memory_limit: '3.0 GiB', ordered: false }]);
    // Both connections share the database's settings: the writer is bounded alike.
    expect(await engine.writer.query("SELECT current_setting('memory_limit') AS m")).toEqual([
      { m: '3.0 GiB' },
    ]);
  });
});
