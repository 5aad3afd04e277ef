import { readFileSync } from 'node:fs';
import path from 'node:path';
import { it } from 'vitest';
import type { SqlEngine } from '@/db/engine';
import { insertBundledFiles } from '@/sql/bundled-load';
import type { Query } from '@/sql/query';
import { buildSeries } from '@/sql/series';
import { buildHomePeerStats, buildIndexYears, buildUnitDatasets } from '@/sql/trends-extra';
import { buildYoyDeltas } from '@/sql/yoy-deltas';
import { DATA, loadCrosswalk, loadScores, startAnalyticsEngine } from '../../test/support/load-fixture';

// The trends screen's live reads of one imported unit (what it runs before the derived pass is
// built), each run several times; prints the median. FACTS_CSV: the imported file(s), comma-separated.
//   FACTS_CSV=/tmp/long-1m.csv npx vitest run --config scripts/facts-timing/vitest.config.ts live-series
const CSVS = (process.env.FACTS_CSV ?? '').split(',').filter(Boolean);
const RUNS = Number(process.env.FACTS_RUNS ?? 3);
const BUNDLED = ['papi.csv', 'pci.csv', 'par_index.csv', 'sipas.csv', 'ddci.csv'];
const SAMPLE = ['sample/tinh-mau-par.csv', 'sample/tinh-mau-sipas.csv'];

interface PlanNode {
  readonly operator_name?: string;
  readonly operator_timing?: number;
  readonly operator_cardinality?: number;
  readonly extra_info?: unknown;
  readonly children?: readonly PlanNode[];
}

function printPlan(node: PlanNode, depth = 0): void {
  const time = node.operator_timing ?? 0;
  if (time > 0.005 || depth < 2) {
    const info = JSON.stringify(node.extra_info ?? {}).slice(0, 200);
    console.log(
      `${' '.repeat(depth)}${node.operator_name} ${time.toFixed(3)}s rows=${node.operator_cardinality} ${info}`,
    );
  }
  for (const child of node.children ?? []) printPlan(child, depth + 1);
}

async function median(engine: SqlEngine, label: string, q: Query): Promise<void> {
  const times: number[] = [];
  const cpu: number[] = [];
  let count = 0;
  for (let n = 0; n < RUNS; n += 1) {
    const start = performance.now();
    const used = process.cpuUsage();
    count = (await engine.query(q.text, q.params)).length;
    times.push(performance.now() - start);
    const spent = process.cpuUsage(used);
    cpu.push((spent.user + spent.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  if (process.env.FACTS_PROFILE) {
    const rows = await engine.query(`EXPLAIN (ANALYZE, FORMAT json) ${q.text}`, q.params);
    for (const row of rows) printPlan(JSON.parse(String(row.explain_value)) as PlanNode);
  }
  const all = times.map((t) => Math.round(t)).join(' ');
  // CPU time as well: the engine runs on one thread, so it is the work, less the wait on a busy machine.
  const mid = Math.floor(RUNS / 2);
  console.log(
    `${label}: median ${Math.round(times[mid] ?? 0)} ms (${all}), CPU ${Math.round(cpu[mid] ?? 0)} ms, ${count} rows`,
  );
}

it('live trends reads of one unit after a large import', async () => {
  const engine = await startAnalyticsEngine();
  for (const file of BUNDLED) await loadScores(engine, path.join(DATA, file), 'published');
  for (const file of SAMPLE) await loadScores(engine, path.join(DATA, file));
  await loadCrosswalk(engine, path.join(DATA, 'provinces_2025_crosswalk.csv'));
  for (const [n, csv] of CSVS.entries()) {
    await engine.registerFile(`big${n}.csv`, readFileSync(csv));
    await engine.query(
      "INSERT INTO datasets (dataset_id, kind, label, file_name) VALUES (?, 'imported', 'big', 'big.csv')",
      [`big${n}`],
    );
    const q = insertBundledFiles([{ datasetId: `big${n}`, path: `mem/big${n}.csv` }]);
    await engine.query(q.text, q.params);
  }
  const count = await engine.query('SELECT count(*) AS n FROM scores');
  console.log(`rows in scores: ${String(count[0]?.n)}`);
  await median(engine, 'index years', buildIndexYears());
  await median(engine, 'unit datasets', buildUnitDatasets('PAR'));
  // The first statements after the load run slower (the engine's caches): FACTS_ROUNDS repeats the set.
  const rounds = Array.from(
    { length: Number(process.env.FACTS_ROUNDS ?? 1) },
    () => ['level', 'block'] as const,
  );
  for (const peerBy of rounds.flat()) {
    const view = { index: 'PAR' as const, from: 2010, to: 2025, peerBy, source: 'live' as const };
    await median(engine, `series ${peerBy}`, buildSeries({ ...view, units: ['U000000', 'U000004'] }));
    await median(engine, `yoy ${peerBy}`, buildYoyDeltas({ ...view, units: ['U000000'] }));
    await median(engine, `home peers ${peerBy}`, buildHomePeerStats({ ...view, homeUnit: 'U000000' }));
  }
});
