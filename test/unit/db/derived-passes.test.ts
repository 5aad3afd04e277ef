import { beforeAll, describe, expect, it } from 'vitest';
import {
  changeScores,
  configureDerivedTables,
  type FactsRead,
  initDatabase,
  refreshDerived,
  runAnalytics,
  runFacts,
} from '@/db/database';
import type { SqlEngine } from '@/db/engine';
import { query } from '@/sql/query';
import { startNodeEngine } from '../../support/node-engine';

// Each refresh writes its passes' steps into `log`, numbered by refresh, so the test can tell which
// pass ran which step and whether a dropped pass left any behind.
let engine: SqlEngine;
let refreshes = 0;
const step = (name: string) => query('INSERT INTO log VALUES (?)', [name]);
const logged = async () => (await engine.query('SELECT name FROM log ORDER BY rowid')).map((row) => row.name);

function deferred() {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

beforeAll(async () => {
  engine = await startNodeEngine();
  await engine.execute(['CREATE TABLE log (name VARCHAR)']);
  await initDatabase(async () => engine);
  configureDerivedTables({
    quick: () => {
      refreshes += 1;
      return [step(`quick ${refreshes}`)];
    },
    full: () => [step(`full ${refreshes} a`), step(`full ${refreshes} b`)],
  });
});

describe('derived passes', () => {
  it('hold while the scores change, and a refresh asked then drops the held pass', async () => {
    const startFull = deferred();
    const firstDone = refreshDerived(startFull.promise);
    await runAnalytics(query('SELECT 1'), 'quick');
    const waitingForFull = runAnalytics(query('SELECT count(*) AS n FROM log'), 'full');

    const changed = deferred();
    const change = changeScores(async () => {
      startFull.resolve();
      await changed.promise;
      return 'imported';
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Held: the first refresh's full pass has not run a single step while the change was going on.
    expect(await logged()).toEqual(['quick 1']);
    changed.resolve();
    expect(await change).toBe('imported');

    // The query asked before the change is answered from the second refresh's tables.
    expect(await waitingForFull).toEqual([{ n: 4 }]);
    await firstDone;
    expect(await logged()).toEqual(['quick 1', 'quick 2', 'full 2 a', 'full 2 b']);
  });

  it('lets the held pass run on when the change is refused (nothing changed)', async () => {
    await engine.execute(['DELETE FROM log']);
    const done = refreshDerived();
    await changeScores(
      async () => ({ ok: false }),
      (result) => result.ok,
    );
    await done;
    expect(await logged()).toEqual(['quick 3', 'full 3 a', 'full 3 b']);
  });

  // An import reports its rows as soon as they are committed, then keeps them for the next visit before
  // its change ends: screens asked in between must not take the tables built before it as current.
  it('answers reads asked after a change committed, before it ended, from the changed scores', async () => {
    await refreshDerived();
    await engine.execute(['DELETE FROM log']);
    const committed = deferred();
    const kept = deferred();
    const change = changeScores(async () => {
      await engine.execute(["INSERT INTO log VALUES ('new row')"]);
      committed.resolve();
      await kept.promise;
      return 'imported';
    });
    await committed.promise;
    const sources: FactsRead[] = [];
    await runFacts((source) => {
      sources.push(source);
      return query('SELECT 1');
    });
    // The facts are computed from the committed scores, not read from the tables built before.
    expect(sources).toEqual(['live']);
    const analytic = runAnalytics(query('SELECT name FROM log ORDER BY rowid'), 'full');
    await new Promise((resolve) => setTimeout(resolve, 20));
    kept.resolve();
    await change;
    // Answered once the refresh the change asked for is built, not from the tables before it.
    const names = (await analytic).map((row) => String(row.name));
    expect(names[0]).toBe('new row');
    expect(names.slice(1).map((name) => name.replace(/\d+/, 'N'))).toEqual([
      'quick N',
      'full N a',
      'full N b',
    ]);
  });
});
