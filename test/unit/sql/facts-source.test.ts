import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Row, SqlEngine, SqlParam } from '@/db/engine';
import { runInTransaction } from '@/db/transaction';
import type { FactsSource } from '@/sql/facts-source';
import { insertLineage } from '@/sql/lineage';
import { type Query, query } from '@/sql/query';
import { DROP_SCORE_FACTS, refreshScoreFacts } from '@/sql/score-facts';
import { buildSeries } from '@/sql/series';
import { buildHomePeerStats, buildLevelPeerStats } from '@/sql/trends-extra';
import { buildYoyDeltas } from '@/sql/yoy-deltas';
import { startAnalyticsEngine } from '../../support/load-fixture';

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
});
type ScoreRow = typeof rowArb extends fc.Arbitrary<infer R> ? R : never;

const viewArb = fc.record({
  index: fc.constantFrom('PAPI', 'PCI'),
  peerBy: fc.constantFrom('level', 'block'),
  units: fc.uniqueArray(fc.constantFrom(...UNITS), { minLength: 1, maxLength: 3 }),
  from: fc.constantFrom(2016, 2018),
  to: fc.constantFrom(2019, 2025),
});
type View = typeof viewArb extends fc.Arbitrary<infer R> ? R : never;

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
  const seen = new Set<string>();
  const kept = rows.filter((r) => {
    const key = `${r.dataset}|${r.index}|${r.year}|${r.unit}|${r.level}|${r.component}`;
    const fresh = !seen.has(key);
    seen.add(key);
    return fresh;
  });
  const params: SqlParam[] = kept.flatMap((r) => [
    r.dataset,
    r.index,
    r.year,
    r.unit,
    `Unit ${r.unit}`,
    r.level,
    r.block,
    r.component,
    r.component,
    r.score,
    r.rank,
  ]);
  // Built from nothing each time: the same dataset ids with other rows would look unchanged.
  return [
    ...DROP_SCORE_FACTS.map((statement) => query(statement)),
    query('DELETE FROM scores'),
    query('DELETE FROM datasets'),
    query(`INSERT INTO datasets VALUES ('a', 'imported', 'a', 'a.csv', NULL, NULL, NULL),
      ('b', 'published', 'b', 'b.csv', NULL, NULL, NULL), ('c', 'sample', 'c', 'c.csv', NULL, NULL, NULL)`),
    ...(kept.length === 0
      ? []
      : [
          query(
            `INSERT INTO scores VALUES ${kept.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 10, ?, 1)').join(', ')}`,
            params,
          ),
        ]),
  ];
}

/** The trends screen's statements for one view, from either source. */
function statements(view: View, source: FactsSource): Query[] {
  const index = view.index as 'PAPI' | 'PCI';
  const peerBy = view.peerBy as 'level' | 'block';
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
});
