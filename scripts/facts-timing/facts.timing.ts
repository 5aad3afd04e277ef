import { readFileSync } from 'node:fs';
import path from 'node:path';
import { it } from 'vitest';
import type { SqlEngine } from '@/db/engine';
import { type PassStep, statementsOf } from '@/db/pass-step';
import { runInTransaction } from '@/db/transaction';
import { insertBundledFiles } from '@/sql/bundled-load';
import type { Query } from '@/sql/query';
import { refreshScoreFacts } from '@/sql/score-facts';
import { buildSeries } from '@/sql/series';
import { buildHomePeerStats, buildIndexYears } from '@/sql/trends-extra';
import { buildYoyDeltas } from '@/sql/yoy-deltas';
import { DATA, loadCrosswalk, loadScores, run, startAnalyticsEngine } from '../../test/support/load-fixture';

const CSV = process.env.FACTS_CSV ?? '';
const BUNDLED = ['papi.csv', 'pci.csv', 'par_index.csv', 'sipas.csv', 'ddci.csv'];

async function timed(label: string, work: () => Promise<unknown>): Promise<void> {
  const start = performance.now();
  await work();
  console.log(`${label}: ${Math.round(performance.now() - start)} ms`);
}

interface PlanNode {
  readonly operator_name?: string;
  readonly operator_timing?: number;
  readonly operator_cardinality?: number;
  readonly extra_info?: unknown;
  readonly children?: readonly PlanNode[];
}

function printPlan(node: PlanNode, depth = 0): void {
  const time = node.operator_timing ?? 0;
  if (time > 0.05 || depth < 2) {
    const info = JSON.stringify(node.extra_info ?? {}).slice(0, 160);
    console.log(
      `${' '.repeat(depth)}${node.operator_name} ${time.toFixed(2)}s rows=${node.operator_cardinality} ${info}`,
    );
  }
  for (const child of node.children ?? []) printPlan(child, depth + 1);
}

/** Runs `q` under EXPLAIN ANALYZE and prints its slow operators when FACTS_PROFILE is set. */
async function profiled(engine: SqlEngine, q: Query): Promise<void> {
  if (!process.env.FACTS_PROFILE) {
    await run(engine, q);
    return;
  }
  const rows = await engine.query(`EXPLAIN (ANALYZE, FORMAT json) ${q.text}`, q.params);
  for (const row of rows) {
    const tree = JSON.parse(String(row.explain_value)) as PlanNode;
    printPlan(tree);
  }
}

async function pass(engine: SqlEngine, steps: readonly PassStep[]): Promise<void> {
  await runInTransaction(engine, steps);
}

it('derived facts after a large import', async () => {
  const engine = await startAnalyticsEngine();
  for (const file of BUNDLED) await loadScores(engine, path.join(DATA, file));
  await loadCrosswalk(engine, path.join(DATA, 'provinces_2025_crosswalk.csv'));
  await timed('first full pass, bundled data', () => pass(engine, refreshScoreFacts('full')));
  if (!CSV) return;
  await engine.registerFile('big.csv', readFileSync(CSV));
  await timed('import (insert)', async () => {
    await engine.query(
      "INSERT INTO datasets (dataset_id, kind, label, file_name) VALUES ('big', 'imported', 'big', 'big.csv')",
    );
    const q = insertBundledFiles([{ datasetId: 'big', path: 'mem/big.csv' }]);
    await engine.query(q.text, q.params);
  });
  for (const peerBy of process.env.FACTS_SKIP_LIVE ? [] : (['level', 'block'] as const)) {
    const view = { index: 'PAR' as const, from: 2010, to: 2025, peerBy, source: 'live' as const };
    await timed(`live series U000000 ${peerBy}`, () =>
      profiled(engine, buildSeries({ ...view, units: ['U000000', 'U000004'] })),
    );
    await timed(`live yoy U000000 ${peerBy}`, () =>
      run(engine, buildYoyDeltas({ ...view, units: ['U000000'] })),
    );
    await timed(`live home peers U000000 ${peerBy}`, () =>
      run(engine, buildHomePeerStats({ ...view, homeUnit: 'U000000' })),
    );
  }
  await timed('index years', () => run(engine, buildIndexYears()));
  if (process.env.FACTS_STOP === 'live') return;
  await timed('quick pass after import', () => pass(engine, refreshScoreFacts('quick')));
  await engine.writer.execute(['BEGIN TRANSACTION']);
  let i = 0;
  const read = (q: Query) => engine.writer.query(q.text, q.params);
  for await (const step of statementsOf(refreshScoreFacts('full'), read)) {
    i += 1;
    const explain = process.env.FACTS_EXPLAIN === String(i);
    await timed(`step ${i} ${step.text.slice(0, 40).replace(/\s+/g, ' ')}`, async () => {
      if (!explain) {
        await engine.writer.query(step.text, step.params);
        return;
      }
      const rows = await engine.writer.query(`EXPLAIN (ANALYZE, FORMAT json) ${step.text}`, step.params);
      for (const row of rows) printPlan(JSON.parse(String(row.explain_value)) as PlanNode);
    });
  }
  await engine.writer.execute(['COMMIT']);
});
