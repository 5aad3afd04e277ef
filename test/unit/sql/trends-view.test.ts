import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlEngine } from '@/db/engine';
import { checkRows, type RowQuery } from '@/db/rows';
import { runInTransaction } from '@/db/transaction';
import type { FactsSource } from '@/sql/facts-source';
import { refreshScoreFacts } from '@/sql/score-facts';
import { buildSeries } from '@/sql/series';
import { buildHomePeerStats } from '@/sql/trends-extra';
import { buildTrendsView, readsViewAtOnce, splitTrendsView } from '@/sql/trends-view';
import { buildYoyDeltas } from '@/sql/yoy-deltas';
import { startAnalyticsEngine } from '../../support/load-fixture';
import { reloadScores } from '../../support/score-rows';

// The trends view's one statement against its three statements (each checked against an independent
// computation or the stored facts in their own tests), on random data where rows collide: one key in
// several datasets, ties, two levels and two blocks, units whose cells differ.
const UNITS = ['u1', 'u2', 'u3', 'u4', 'u5'] as const;
const rowArb = fc.record({
  dataset: fc.constantFrom('a', 'b', 'c', 'd'),
  index: fc.constantFrom('PAPI', 'PCI'),
  year: fc.constantFrom(2017, 2018, 2019),
  unit: fc.constantFrom(...UNITS),
  level: fc.constantFrom('province', 'district'),
  block: fc.constantFrom('x', 'y'),
  component: fc.constantFrom('TOTAL', 'D1'),
  score: fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }),
  rank: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
});

const viewArb = fc
  .record({
    index: fc.constantFrom('PAPI' as const, 'PCI' as const),
    peerBy: fc.constantFrom('level' as const, 'block' as const),
    seriesUnits: fc.uniqueArray(fc.constantFrom(...UNITS), { minLength: 1, maxLength: 4 }),
    shown: fc.integer({ min: 1, max: 4 }),
    from: fc.constantFrom(2016, 2018),
    to: fc.constantFrom(2018, 2025),
  })
  .map((view) => ({ ...view, shownUnits: view.seriesUnits.slice(0, view.shown) }));
type View = typeof viewArb extends fc.Arbitrary<infer T> ? T : never;

let engine: SqlEngine;
beforeAll(async () => {
  engine = await startAnalyticsEngine();
}, 60_000);

async function checked<TRow>(statement: RowQuery<TRow>): Promise<TRow[]> {
  return checkRows(statement, await engine.query(statement.text, statement.params));
}

/** Rows as a sorted list of JSON lines: a unit at two levels has two rows under one sort key. */
const asSet = (rows: readonly unknown[]) => rows.map((row) => JSON.stringify(row)).sort();

async function compare(view: View, source: FactsSource): Promise<number> {
  const span = { index: view.index, from: view.from, to: view.to, peerBy: view.peerBy, source };
  const home = view.seriesUnits[0] ?? 'u1';
  const one = buildTrendsView({ ...span, seriesUnits: view.seriesUnits, shownUnits: view.shownUnits, home });
  const got = splitTrendsView(await engine.query(one.text, one.params));
  const series = await checked(buildSeries({ ...span, units: view.seriesUnits }));
  const yoy = await checked(buildYoyDeltas({ ...span, units: view.shownUnits }));
  const peers = await checked(buildHomePeerStats({ ...span, homeUnit: home }));
  expect(asSet(got.series)).toEqual(asSet(series));
  expect(asSet(got.yoy)).toEqual(asSet(yoy));
  expect(asSet(got.peers)).toEqual(asSet(peers));
  // Each part in its statement's order, where that order is one (a unit at two levels may tie).
  expect(got.series.map((row) => [row.unit_code, row.component_code, row.year])).toEqual(
    series.map((row) => [row.unit_code, row.component_code, row.year]),
  );
  expect(got.peers.map((row) => [row.component_code, row.year])).toEqual(
    peers.map((row) => [row.component_code, row.year]),
  );
  return series.length + yoy.length + peers.length;
}

describe('the trends view in one statement', () => {
  it('gives the rows of its three statements, from the stored facts and live, on random data', async () => {
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(rowArb, { minLength: 20, maxLength: 80 }), viewArb, async (rows, view) => {
        await runInTransaction(engine, [...reloadScores(rows), ...refreshScoreFacts('full')]);
        compared += await compare(view, 'stored');
        compared += await compare(view, 'live');
      }),
      { numRuns: 25, seed: 20261206 },
    );
    expect(compared).toBeGreaterThan(200);
  }, 240_000);

  it('is read for views of a few units only', () => {
    expect(readsViewAtOnce(['u1'])).toBe(true);
    expect(readsViewAtOnce([])).toBe(false);
    expect(readsViewAtOnce(Array.from({ length: 40 }, (_, n) => `u${n}`))).toBe(false);
  });
});
