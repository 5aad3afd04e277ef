import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlEngine } from '@/db/engine';
import { runInTransaction } from '@/db/transaction';
import { INDEX_CODES } from '@/domain/catalogue';
import { buildRemoveImportedDataset } from '@/sql/datasets';
import { deleteLineageSource, insertLineage } from '@/sql/lineage';
import { query } from '@/sql/query';
import { DROP_SCORE_FACTS, type FactsScope, refreshScoreFacts } from '@/sql/score-facts';
import { run, startAnalyticsEngine } from '../../support/load-fixture';
import { insertScoreRows } from '../../support/score-rows';

// Small value sets so that random datasets collide: the same unit, year and component in several
// datasets (which one wins), peers tied on a score, years across the PAPI 2018 break, the 2025 peer
// break and PCI's top-only years, a unit listed at two levels.
const INDICES = ['PAPI', 'PCI'] as const;
const YEARS = [2016, 2017, 2018, 2019, 2023, 2024, 2025] as const;
const UNITS = ['u1', 'u2', 'u3', 'u4'] as const;
const LEVELS = ['province', 'district'] as const;
const COMPONENTS = ['TOTAL', 'D1'] as const;
const KINDS = ['imported', 'published', 'sample'] as const;

const rowArb = fc.record({
  index: fc.constantFrom(...INDICES),
  year: fc.constantFrom(...YEARS),
  unit: fc.constantFrom(...UNITS),
  level: fc.constantFrom(...LEVELS),
  block: fc.constantFrom('a', 'b'),
  component: fc.constantFrom(...COMPONENTS),
  score: fc.option(fc.integer({ min: 0, max: 8 }), { nil: null }),
  rank: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
});
type ScoreRow = typeof rowArb extends fc.Arbitrary<infer R> ? R : never;

/** Keeps the first row of each key (index, year, unit, component), as the import requires. */
function uniqueKeys(rows: readonly ScoreRow[]): ScoreRow[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const key = `${row.index}|${row.year}|${row.unit}|${row.component}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// Most datasets hold one index, often one level: a change then touches some pairs and not others.
// Often one block too (a file without a block column): a pair then has one block or two.
const datasetArb = fc
  .record({
    kind: fc.constantFrom(...KINDS),
    index: fc.option(fc.constantFrom(...INDICES), { nil: null }),
    level: fc.option(fc.constantFrom(...LEVELS), { nil: null }),
    block: fc.option(fc.constantFrom('a', 'b'), { nil: null }),
    rows: fc.array(rowArb, { minLength: 1, maxLength: 24 }),
  })
  .map(({ kind, index, level, block, rows }) => ({
    kind,
    rows: uniqueKeys(
      rows.map((row) => ({
        ...row,
        index: index ?? row.index,
        level: level ?? row.level,
        block: block ?? row.block,
      })),
    ),
  }));

/** One change of the scores or mergers, then the passes the app would get to run before the next. */
const stepArb = fc.record({
  change: fc.oneof(
    { arbitrary: fc.record({ add: datasetArb }), weight: 3 },
    { arbitrary: fc.record({ remove: fc.nat() }), weight: 2 },
    { arbitrary: fc.record({ merge: fc.boolean() }), weight: 1 },
  ),
  // A newer change often supersedes the full pass: then only the quick one ran.
  passes: fc.constantFrom<readonly FactsScope[]>(['quick'], ['quick', 'full']),
});

let engine: SqlEngine;
beforeAll(async () => {
  engine = await startAnalyticsEngine();
}, 60_000);

function insertDataset(id: string, kind: string, rows: readonly ScoreRow[]) {
  return [
    query('INSERT INTO datasets (dataset_id, kind, label, file_name) VALUES (?, ?, ?, ?)', [
      id,
      kind,
      id,
      `${id}.csv`,
    ]),
    insertScoreRows(rows.map((row) => ({ ...row, dataset: id }))),
  ];
}

const MERGER = [{ oldCode: 'u2', newCode: 'u1', effectiveYear: 2018, oldName: null, newName: null }];

async function passes(scopes: readonly FactsScope[], batchRows?: number) {
  for (const scope of scopes)
    await runInTransaction(engine, refreshScoreFacts(scope, INDEX_CODES, batchRows));
}

/** Rows of `table` missing from `other`, counted with duplicates. */
async function missing(table: string, other: string, where = 'true') {
  return engine.query(
    `SELECT count(*) AS n FROM (SELECT * FROM ${table} WHERE ${where} EXCEPT ALL SELECT * FROM ${other} WHERE ${where})`,
  );
}

async function resetAll() {
  await engine.writer.execute([
    'DELETE FROM scores',
    'DELETE FROM datasets',
    "DELETE FROM lineage WHERE source = 'user-import'",
    ...DROP_SCORE_FACTS,
  ]);
}

/** The facts as kept up to date, beside the facts computed from nothing over the same data. */
async function compareWithRebuild(quickOnly: boolean) {
  await engine.writer.execute([
    'CREATE OR REPLACE TABLE kept AS SELECT * FROM score_facts',
    ...DROP_SCORE_FACTS,
  ]);
  await passes(['quick', 'full']);
  const where = quickOnly ? "peer_by = 'level' AND component_code = 'TOTAL'" : 'true';
  const [extra] = await missing('kept', 'score_facts', where);
  const [lacking] = await missing('score_facts', 'kept', where);
  const [rows] = await engine.query(`SELECT count(*) AS n FROM score_facts WHERE ${where}`);
  return { extra: extra?.n, lacking: lacking?.n, rows: rows?.n };
}

describe('refreshScoreFacts(scope), kept up to date change by change', () => {
  it('equals a rebuild from nothing after random imports, removals and mergers', async () => {
    let checkedRows = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 6 }), async (steps) => {
        await resetAll();
        const loaded: string[] = [];
        let lastPasses: readonly FactsScope[] = ['quick', 'full'];
        for (const [n, step] of steps.entries()) {
          const { change } = step;
          if ('add' in change) {
            const id = `d${n}`;
            // Only imported datasets can be removed; the others stand in for the bundled ones.
            await runInTransaction(engine, insertDataset(id, change.add.kind, change.add.rows));
            if (change.add.kind === 'imported') loaded.push(id);
          } else if ('remove' in change) {
            const [id] = loaded.splice(change.remove % Math.max(loaded.length, 1), 1);
            if (id) await runInTransaction(engine, buildRemoveImportedDataset(id));
          } else {
            await runInTransaction(engine, [
              deleteLineageSource('user-import'),
              ...(change.merge ? [insertLineage(MERGER, 'user-import')] : []),
            ]);
          }
          // Tiny batches: the kept facts are filled part by part, the rebuild in one batch.
          await passes(step.passes, 7);
          lastPasses = step.passes;
        }
        const result = await compareWithRebuild(!lastPasses.includes('full'));
        checkedRows += Number(result.rows);
        expect({ extra: result.extra, lacking: result.lacking }).toEqual({ extra: 0, lacking: 0 });
      }),
      { numRuns: 15, seed: 20261202 },
    );
    // The comparison ran over rows, not over empty tables only.
    expect(checkedRows).toBeGreaterThan(0);
  }, 240_000);

  it('recomputes only the pairs a change touched', async () => {
    await resetAll();
    await runInTransaction(engine, [
      ...insertDataset('p', 'imported', [
        {
          index: 'PAPI',
          year: 2016,
          unit: 'u1',
          level: 'province',
          block: 'a',
          component: 'TOTAL',
          score: 5,
          rank: null,
        },
      ]),
      ...insertDataset('q', 'imported', [
        {
          index: 'PCI',
          year: 2016,
          unit: 'u1',
          level: 'province',
          block: 'a',
          component: 'TOTAL',
          score: 5,
          rank: null,
        },
      ]),
    ]);
    await passes(['quick', 'full']);
    // A mark on PCI's facts: a pass that recomputed them would put the computed rank back.
    await engine.writer.execute(["UPDATE score_facts_rows SET computed_rank = 99 WHERE index_code = 'PCI'"]);
    await runInTransaction(
      engine,
      insertDataset('r', 'imported', [
        {
          index: 'PAPI',
          year: 2016,
          unit: 'u2',
          level: 'province',
          block: 'a',
          component: 'TOTAL',
          score: 7,
          rank: null,
        },
      ]),
    );
    await passes(['quick', 'full']);
    const rows = await run(
      engine,
      query(
        'SELECT index_code, unit_code, computed_rank FROM score_facts WHERE peer_by = ? ORDER BY index_code, unit_code',
        ['level'],
      ),
    );
    expect(rows).toEqual([
      { index_code: 'PAPI', unit_code: 'u1', computed_rank: 2 },
      { index_code: 'PAPI', unit_code: 'u2', computed_rank: 1 },
      { index_code: 'PCI', unit_code: 'u1', computed_rank: 99 },
    ]);
  });
});
