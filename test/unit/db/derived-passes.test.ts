import { beforeAll, describe, expect, it } from 'vitest';
import {
  changeScores,
  configureDerivedTables,
  initDatabase,
  refreshDerived,
  runAnalytics,
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
});
