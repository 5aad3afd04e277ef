import { it } from 'vitest';
import type { SqlEngine } from '@/db/engine';
import type { Query } from '@/sql/query';
import { buildSeries } from '@/sql/series';
import { buildHomePeerStats, buildIndexYears, buildUnitDatasets } from '@/sql/trends-extra';
import { buildYoyDeltas } from '@/sql/yoy-deltas';
import { importLargeCsv, type PlanDetail, printPlans, startBundledEngine } from './engine-setup';

// The trends screen's live reads of one imported unit (what it runs before the derived pass is
// built), each run several times; prints the median. FACTS_CSV: the imported file(s), comma-separated.
//   FACTS_CSV=/tmp/long-1m.csv npx vitest run --config scripts/facts-timing/vitest.config.ts live-series
const CSVS = (process.env.FACTS_CSV ?? '').split(',').filter(Boolean);
const RUNS = Number(process.env.FACTS_RUNS ?? 3);
const SAMPLE = ['sample/tinh-mau-par.csv', 'sample/tinh-mau-sipas.csv'];
const PLAN_DETAIL: PlanDetail = { overSeconds: 0.005, digits: 3, infoChars: 200 };

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
    printPlans(await engine.query(`EXPLAIN (ANALYZE, FORMAT json) ${q.text}`, q.params), PLAN_DETAIL);
  }
  const all = times.map((t) => Math.round(t)).join(' ');
  // CPU time as well: the engine runs on one thread, so it is the work, less the wait on a busy machine.
  const mid = Math.floor(RUNS / 2);
  console.log(
    `${label}: median ${Math.round(times[mid] ?? 0)} ms (${all}), CPU ${Math.round(cpu[mid] ?? 0)} ms, ${count} rows`,
  );
}

it('live trends reads of one unit after a large import', async () => {
  const engine = await startBundledEngine('published', SAMPLE);
  for (const [n, csv] of CSVS.entries()) await importLargeCsv(engine, `big${n}`, csv);
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
