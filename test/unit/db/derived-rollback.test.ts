import { beforeAll, describe, expect, it } from 'vitest';
import { changeScores, configureDerivedTables, initDatabase, refreshDerived } from '@/db/database';
import type { SqlEngine, SqlParam } from '@/db/engine';
import { query } from '@/sql/query';
import { startNodeEngine } from '../../support/node-engine';

// A change of the scores that begins while a pass is half-way must find no trace of it: the pass runs
// in one transaction on the writer and rolls back. The writer below starts such a change right after
// the first step of the first full pass.
let engine: SqlEngine;
let refreshes = 0;
let change: Promise<unknown> | null = null;
const step = (name: string) => query('INSERT INTO log VALUES (?)', [name]);
const logged = async () => (await engine.query('SELECT name FROM log ORDER BY name')).map((row) => row.name);

beforeAll(async () => {
  engine = await startNodeEngine();
  await engine.execute(['CREATE TABLE log (name VARCHAR)']);
  const writer = engine.writer;
  const watched: SqlEngine = {
    ...engine,
    writer: {
      execute: (statements: readonly string[]) => writer.execute(statements),
      async query(text: string, params: readonly SqlParam[] = []) {
        const rows = await writer.query(text, params);
        if (params[0] === 'full 1 a' && !change) {
          change = changeScores(() => writer.query("INSERT INTO log VALUES ('change')"));
        }
        return rows;
      },
    },
  };
  await initDatabase(async () => watched);
  configureDerivedTables({
    quick: () => {
      refreshes += 1;
      return [step(`quick ${refreshes}`)];
    },
    full: () => [step(`full ${refreshes} a`), step(`full ${refreshes} b`)],
  });
});

describe('a derived pass under way when the scores change', () => {
  it('rolls back, lets the change run, and is followed by a pass over the changed data', async () => {
    // Answers once the pass that took over is built.
    await refreshDerived();
    expect(change).not.toBeNull();
    await change;
    // No 'full 1 a': the first full pass left nothing; the one the change asked for ran in full.
    expect(await logged()).toEqual(['change', 'full 2 a', 'full 2 b', 'quick 1', 'quick 2']);
  });
});
