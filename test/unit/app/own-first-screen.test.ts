import path from 'node:path';
import { QueryObserver } from '@tanstack/react-query';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { answerOwnFirstScreen, askEngine, unitAnswers } from '@/app/first-screen-queries';
import { type KeptFirstScreen, ownFirstScreenNow } from '@/app/own-first-screen';
import { createQueryClient } from '@/app/query-client';
import { changeScores, initDatabase } from '@/db/database';
import type { SqlEngine } from '@/db/engine';
import { liveReader } from '@/db/reader';
import { indexCoverageQuery, indexMediansQuery } from '@/features/index-summary/api/use-index-summary';
import { lineageQuery } from '@/features/overview/api/get-lineage';
import { overviewQuery } from '@/features/overview/api/get-overview';
import { scopeUnitsQuery } from '@/queries/data-scope';
import { defaultHomeUnitQuery } from '@/queries/home-unit';
import { unitsQuery } from '@/queries/units';
import {
  DATA,
  FIXTURES,
  loadCrosswalk,
  loadScores,
  refreshFacts,
  startAnalyticsEngine,
} from '../../support/load-fixture';

// The first screen kept for the next visit is taken from react-query's cache, where the landing
// screen's hooks left their answers: on the Node engine, every query that reaches DuckDB is counted.

const OWN = 'tn-a';
let engine: SqlEngine;
let asked: string[] = [];

/** The engine, with each read query it is sent written down. */
function counted(inner: SqlEngine): SqlEngine {
  return {
    ...inner,
    writer: inner.writer,
    query: (text, params) => {
      asked.push(text);
      return inner.query(text, params);
    },
  };
}

/** What the landing screen's hooks have asked for the unit `code`, and hold with an observer. */
async function openLanding(client: ReturnType<typeof createQueryClient>, code: string) {
  await Promise.all([
    client.query(unitsQuery()),
    client.query(defaultHomeUnitQuery()),
    client.query(indexMediansQuery()),
    client.query(indexCoverageQuery()),
    client.query(scopeUnitsQuery()),
    client.query(lineageQuery(code)),
    client.query(overviewQuery(code)),
  ]);
  // The cards' query has its observer, as while the landing screen shows them.
  return new QueryObserver(client, overviewQuery(code)).subscribe(() => undefined);
}

/** This browser's remembered home unit (and scope), as the screens' pickers write them. */
function remember(values: ReadonlyMap<string, string>) {
  vi.stubGlobal('window', { localStorage: { getItem: (key: string) => values.get(key) ?? null } });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

const askedNow = () => {
  const texts = asked;
  asked = [];
  return texts;
};

beforeAll(async () => {
  engine = await startAnalyticsEngine();
  await loadScores(engine, path.join(FIXTURES, 'papi-mini.csv'), 'published');
  await loadScores(engine, 'scope-own-departments.csv', 'imported');
  await loadCrosswalk(engine, path.join(DATA, 'provinces_2025_crosswalk.csv'));
  await refreshFacts(engine);
  await initDatabase(() => Promise.resolve(counted(engine)));
}, 120_000);

describe('the own first screen kept for the next visit', () => {
  it('asks the engine for its stamp alone when the cache holds the answers', async () => {
    const client = createQueryClient();
    const close = await openLanding(client, OWN);
    const defaultUnit = client.getQueryData(defaultHomeUnitQuery().queryKey);
    expect(typeof defaultUnit).toBe('string');
    // The default unit's cards are asked by the screen that opens on it; here the shown unit is another.
    expect(defaultUnit).not.toBe(OWN);
    await client.query(overviewQuery(String(defaultUnit)));
    await client.query(lineageQuery(String(defaultUnit)));
    askedNow();

    const now = await ownFirstScreenNow(client, 'build');
    expect(askedNow()).toEqual([expect.stringContaining('FROM datasets WHERE kind = ?')]);
    if (typeof now === 'string') throw new Error(`nothing to keep: ${now}`);
    expect(now.units).toEqual([OWN]);
    expect(now.stamp).toContain('scope-own-departments');
    // Exactly what the hooks' own query functions answer on the engine.
    const fresh = await answerOwnFirstScreen(askEngine(liveReader('quick')), [OWN]);
    expect(JSON.parse(JSON.stringify(now.answers))).toEqual(JSON.parse(JSON.stringify(fresh)));
    close();
  });

  it('asks once, through the hook, for an answer the cache lacks, and then holds it', async () => {
    const client = createQueryClient();
    const close = await openLanding(client, OWN);
    askedNow();
    // The default unit's cards and lineage are not in the cache: asked, and kept there.
    const first = await ownFirstScreenNow(client, 'build');
    expect(typeof first).not.toBe('string');
    expect(askedNow().length).toBeGreaterThan(1);
    const defaultUnit = String(client.getQueryData(defaultHomeUnitQuery().queryKey));
    expect(client.getQueryData(overviewQuery(defaultUnit).queryKey)).toBeDefined();
    await ownFirstScreenNow(client, 'build');
    expect(askedNow()).toHaveLength(1);
    close();
  });

  it('never keeps an answer the cache holds as no longer valid: it is asked again', async () => {
    const client = createQueryClient();
    const close = await openLanding(client, OWN);
    await ownFirstScreenNow(client, 'build');
    await client.invalidateQueries({ queryKey: unitsQuery().queryKey, exact: true, refetchType: 'none' });
    askedNow();
    const now = await ownFirstScreenNow(client, 'build');
    expect(typeof now).not.toBe('string');
    // The stamp, then the units' list and the lineage links it is built from.
    expect(askedNow()).toHaveLength(3);
    expect(client.getQueryState(unitsQuery().queryKey)?.isInvalidated).toBe(false);
    close();
  });

  it('keeps nothing while a change of the scores is under way, nor off the landing screen', async () => {
    const client = createQueryClient();
    const close = await openLanding(client, OWN);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const change = changeScores(
      () => held,
      () => false,
    );
    // Begun while the change is under way (its analytic reads wait for the change to end): not kept.
    const during = ownFirstScreenNow(client, 'build');
    release();
    expect(await during).toBe('not-now');
    await change;
    expect(typeof (await ownFirstScreenNow(client, 'build'))).not.toBe('string');
    close();
    expect(await ownFirstScreenNow(client, 'build')).toBe('not-now');
  });

  it('keeps the cards of the remembered home unit too, beside those on screen and the default', async () => {
    const client = createQueryClient();
    const close = await openLanding(client, OWN);
    remember(new Map([['rid.homeUnit', 'tn-b']]));
    const now = await ownFirstScreenNow(client, 'build');
    if (typeof now === 'string') throw new Error(`nothing to keep: ${now}`);
    expect(now.units).toEqual([OWN, 'tn-b']);
    const fresh = await answerOwnFirstScreen(askEngine(liveReader('quick')), [OWN, 'tn-b']);
    expect(plain(now.answers)).toEqual(plain(fresh));
    close();
  });

  it('off the landing screen, joins a home unit picked elsewhere to the kept screen of the same data', async () => {
    const client = createQueryClient();
    const close = await openLanding(client, OWN);
    const shown = await ownFirstScreenNow(client, 'build');
    if (typeof shown === 'string') throw new Error(`nothing to keep: ${shown}`);
    close();
    const kept: KeptFirstScreen = {
      stamp: shown.stamp,
      snapshot: { format: 1, stamp: { data: 'd', sql: 's' }, answers: shown.answers },
    };
    // Nothing picked: the landing screen is not shown, nothing is kept and nothing asked but the stamp.
    askedNow();
    expect(await ownFirstScreenNow(client, 'build', kept)).toBe('not-now');
    expect(askedNow()).toHaveLength(1);

    remember(new Map([['rid.homeUnit', 'tn-b']]));
    // Kept under another stamp (other data): nothing is joined to it.
    expect(await ownFirstScreenNow(client, 'build', { ...kept, stamp: 'other' })).toBe('not-now');
    expect(askedNow()).toHaveLength(1);
    const joined = await ownFirstScreenNow(client, 'build', kept);
    if (typeof joined === 'string') throw new Error(`nothing kept: ${joined}`);
    expect(joined.units).toEqual(['tn-b']);
    const cards = await unitAnswers(askEngine(liveReader('quick')), 'tn-b');
    expect(plain(joined.answers)).toEqual(plain([...shown.answers, ...cards]));
    // Once joined, asked again only for the stamp: the unit's cards are kept already.
    askedNow();
    const again = { ...kept, snapshot: { ...kept.snapshot, answers: joined.answers } };
    expect(await ownFirstScreenNow(client, 'build', again)).toBe('not-now');
    expect(askedNow()).toHaveLength(1);
  });
  it('has nothing to keep once no data of the user is loaded', async () => {
    const client = createQueryClient();
    const close = await openLanding(client, OWN);
    await engine.query("UPDATE datasets SET kind = 'sample' WHERE kind = 'imported'");
    expect(await ownFirstScreenNow(client, 'build')).toBe('no-own-data');
    close();
  });
});
