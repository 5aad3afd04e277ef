import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Row, SqlEngine } from '@/db/engine';
import { runInTransaction } from '@/db/transaction';
import { type FactsSource, LIVE_COUNT_MAX_UNITS } from '@/sql/facts-source';
import { insertLineage } from '@/sql/lineage';
import type { Query } from '@/sql/query';
import { refreshScoreFacts } from '@/sql/score-facts';
import { buildSeries } from '@/sql/series';
import { buildHomePeerStats, buildLevelPeerStats } from '@/sql/trends-extra';
import { buildYoyDeltas } from '@/sql/yoy-deltas';
import { startAnalyticsEngine } from '../../support/load-fixture';
import { reloadScores, type ScoreRowValues } from '../../support/score-rows';

// Small value sets so that rows collide: one key in several datasets, ties among peers, the PAPI 2018
// break, the 2025 peer break, PCI's top-only years, a unit at two levels, a merger.
const UNITS = ['u1', 'u2', 'u3', 'u4'] as const;
const rowArb = fc.record({
  dataset: fc.constantFrom('a', 'b', 'c'),
  index: fc.constantFrom('PAPI', 'PCI'),
  year: fc.constantFrom(2016, 2017, 2018, 2019, 2023, 2024, 2025),
  unit: fc.constantFrom(...UNITS),
  level: fc.constantFrom('province', 'district'),
  block: fc.constantFrom('x', 'y'),
  component: fc.constantFrom('TOTAL', 'D1'),
  score: fc.option(fc.integer({ min: 0, max: 8 }), { nil: null }),
  rank: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
  // The same key in another dataset (its own score, rank and block): which dataset wins is then
  // decided by score presence, kind, and for the two imports `a` and `d`, the dataset id.
  twin: fc.option(
    fc.record({
      dataset: fc.constantFrom('a', 'b', 'c', 'd'),
      block: fc.constantFrom('x', 'y'),
      score: fc.option(fc.integer({ min: 0, max: 8 }), { nil: null }),
      rank: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
    }),
    { nil: null, freq: 2 },
  ),
});
/** A generated row, or one written out by an example (any unit, year or dataset). */
interface ScoreRow extends ScoreRowValues {
  readonly twin: Pick<ScoreRow, 'dataset' | 'block' | 'score' | 'rank'> | null;
}

const viewArb = fc.record({
  index: fc.constantFrom('PAPI', 'PCI'),
  peerBy: fc.constantFrom('level', 'block'),
  units: fc.uniqueArray(fc.constantFrom(...UNITS), { minLength: 1, maxLength: 3 }),
  from: fc.constantFrom(2016, 2018),
  to: fc.constantFrom(2019, 2025),
});
interface View {
  readonly index: 'PAPI' | 'PCI';
  readonly peerBy: 'level' | 'block';
  readonly units: readonly string[];
  readonly from: number;
  readonly to: number;
}

let engine: SqlEngine;
beforeAll(async () => {
  engine = await startAnalyticsEngine();
  await runInTransaction(engine, [
    insertLineage(
      [{ oldCode: 'u2', newCode: 'u1', effectiveYear: 2018, oldName: null, newName: null }],
      'test',
    ),
  ]);
}, 60_000);

/** One row per key and dataset, as an import keeps it. */
function load(rows: readonly ScoreRow[]): Query[] {
  return reloadScores(rows.flatMap((r) => (r.twin === null ? [r] : [r, { ...r, ...r.twin }])));
}

/** The trends screen's statements for one view, from either source. */
function statements(view: View, source: FactsSource): Query[] {
  const { index, peerBy } = view;
  const base = { index, from: view.from, to: view.to, peerBy, source };
  return [
    buildSeries({ ...base, units: view.units }),
    buildYoyDeltas({ ...base, units: view.units }),
    buildYoyDeltas({ ...base, units: view.units, gapPolicy: 'previous-available' }),
    buildHomePeerStats({ ...base, homeUnit: view.units[0] ?? 'u1' }),
    buildLevelPeerStats({ index, from: view.from, to: view.to, source }),
  ];
}

/** Rows as a sorted list of JSON lines: a unit at two levels has two rows under one sort key. */
const asSet = (rows: readonly Row[]) => rows.map((row) => JSON.stringify(row)).sort();

describe('facts read live from the scores', () => {
  it('equal the stored facts of a full rebuild, for every trends statement, on random data', async () => {
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(rowArb, { maxLength: 40 }), viewArb, async (rows, view) => {
        await runInTransaction(engine, [...load(rows), ...refreshScoreFacts('full')]);
        const stored = statements(view, 'stored');
        const live = statements(view, 'live');
        for (const [n, statement] of stored.entries()) {
          const want = await engine.query(statement.text, statement.params);
          const other = live[n];
          if (!other) throw new Error('statement lists differ');
          expect(asSet(await engine.query(other.text, other.params))).toEqual(asSet(want));
          compared += want.length;
        }
      }),
      { numRuns: 20, seed: 20261202 },
    );
    // The comparison ran over rows, not over empty results only.
    expect(compared).toBeGreaterThan(50);
  }, 120_000);

  it('pick the same dataset of a key held by several, and rank ties alike, for few units or many', async () => {
    const MANY = Array.from({ length: LIVE_COUNT_MAX_UNITS + 1 }, (_, n) => `u${n + 1}`);
    const cell = { index: 'PAPI', level: 'province', block: 'x', component: 'TOTAL', rank: null, twin: null };
    const held = (dataset: string, unit: string, year: number, score: number | null): ScoreRow => ({
      ...cell,
      dataset,
      unit,
      year,
      score,
    });
    await runInTransaction(engine, [
      ...load([
        // u1 2019: two imports, a published and a sample row: the import with the first id wins.
        held('d', 'u1', 2019, 5),
        held('a', 'u1', 2019, 6),
        held('b', 'u1', 2019, 7),
        held('c', 'u1', 2019, 8),
        held('a', 'u1', 2018, 4),
        // u2: an import without a score loses to a published score; u3: published over sample.
        held('a', 'u2', 2019, null),
        held('b', 'u2', 2019, 4),
        held('b', 'u3', 2019, 3),
        held('c', 'u3', 2019, 9),
        // u4 ties with u1; u5, of another block, ranks first of the level.
        held('b', 'u4', 2019, 6),
        { ...held('b', 'u5', 2019, 7), block: 'y' },
        // Enough other units (in another year) for a view of them all to take the windows' path.
        ...MANY.slice(5).map((unit, n) => held(n % 2 === 0 ? 'a' : 'b', unit, 2016, n % 4)),
      ]),
      ...refreshScoreFacts('full'),
    ]);
    const at = (rows: readonly Row[], unit: string, year: number) =>
      rows.find((r) => r.unit_code === unit && r.year === year);
    const views = (['level', 'block'] as const).flatMap((peerBy) =>
      [['u1', 'u3'], MANY].map((units): View => ({ index: 'PAPI', peerBy, units, from: 2016, to: 2019 })),
    );
    for (const view of views) {
      const { peerBy } = view;
      const live = statements(view, 'live');
      for (const [n, statement] of statements(view, 'stored').entries()) {
        const other = live[n];
        if (!other) throw new Error('statement lists differ');
        const want = await engine.query(statement.text, statement.params);
        expect(asSet(await engine.query(other.text, other.params))).toEqual(asSet(want));
      }
      const [series, yoy, , peers] = live;
      if (!series || !yoy || !peers) throw new Error('statement lists differ');
      const cells = await engine.query(series.text, series.params);
      const top = (await engine.query(peers.text, peers.params)).find((r) => r.year === 2019);
      if (peerBy === 'level') {
        expect(at(cells, 'u1', 2019)).toMatchObject({
          score: 6,
          rank: 2,
          peer_count: 5,
          rank_source: 'computed',
        });
        expect(at(cells, 'u3', 2019)).toMatchObject({ score: 3, rank: 5, peer_count: 5 });
        expect(top).toMatchObject({ best_score: 7, best_units: 'u5', scored_count: 5, home_score: 6 });
      } else {
        // u5 is of the other block: u1 and u4 share the first place of theirs.
        expect(at(cells, 'u1', 2019)).toMatchObject({ score: 6, rank: 1, peer_count: 4 });
        expect(at(cells, 'u3', 2019)).toMatchObject({ score: 3, rank: 4, peer_count: 4 });
        expect(top).toMatchObject({ best_score: 6, best_units: 'u1,u4', scored_count: 4, home_score: 6 });
      }
      // u1 absorbed u2 in 2018 (beforeAll): from 2018 on, its years compare.
      const u1 = at(await engine.query(yoy.text, yoy.params), 'u1', 2019);
      expect(u1).toMatchObject({ previous_year: 2018, score_change: 2, comparable: true });
    }
  });
});
