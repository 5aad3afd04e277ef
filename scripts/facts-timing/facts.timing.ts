import { it } from 'vitest';
import type { SqlEngine } from '@/db/engine';
import { type PassStep, statementsOf } from '@/db/pass-step';
import { runInTransaction } from '@/db/transaction';
import type { Query } from '@/sql/query';
import { refreshScoreFacts } from '@/sql/score-facts';
import { buildSeries } from '@/sql/series';
import { buildHomePeerStats, buildIndexYears } from '@/sql/trends-extra';
import { buildYoyDeltas } from '@/sql/yoy-deltas';
import { run } from '../../test/support/load-fixture';
import {
  insertImportedCsv,
  type PlanDetail,
  printPlans,
  registerCsv,
  startBundledEngine,
} from './engine-setup';

const CSV = process.env.FACTS_CSV ?? '';
const PLAN_DETAIL: PlanDetail = { overSeconds: 0.05, digits: 2, infoChars: 160 };

async function timed(label: string, work: () => Promise<unknown>): Promise<void> {
  const start = performance.now();
  await work();
  console.log(`${label}: ${Math.round(performance.now() - start)} ms`);
}

/** Runs `q` under EXPLAIN ANALYZE and prints its slow operators when FACTS_PROFILE is set. */
async function profiled(engine: SqlEngine, q: Query): Promise<void> {
  if (!process.env.FACTS_PROFILE) {
    await run(engine, q);
    return;
  }
  printPlans(await engine.query(`EXPLAIN (ANALYZE, FORMAT json) ${q.text}`, q.params), PLAN_DETAIL);
}

async function pass(engine: SqlEngine, steps: readonly PassStep[]): Promise<void> {
  await runInTransaction(engine, steps);
}

it('derived facts after a large import', async () => {
  const engine = await startBundledEngine();
  await timed('first full pass, bundled data', () => pass(engine, refreshScoreFacts('full')));
  if (!CSV) return;
  await registerCsv(engine, 'big', CSV);
  await timed('import (insert)', () => insertImportedCsv(engine, 'big'));
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
      printPlans(rows, PLAN_DETAIL);
    });
  }
  await engine.writer.execute(['COMMIT']);
});
