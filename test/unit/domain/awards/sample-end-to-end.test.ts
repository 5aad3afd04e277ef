import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlEngine } from '@/db/engine';
import { parseAdvisingCsv } from '@/domain/awards/advising-registry';
import { bundledRuleSets } from '@/domain/awards/bundled-rule-sets';
import { evaluateAwards } from '@/domain/awards/evaluate-awards';
import type { AwardFacts } from '@/domain/awards/fact-types';
import type { RuleSet } from '@/domain/awards/rule-set-types';
import { validateBandRegistry } from '@/domain/awards/validate-rule-set';
import type { AwardContext, UnitVerdict } from '@/domain/awards/verdict-types';
import { formatNearMiss } from '@/i18n/award-evidence';
import { startNodeEngine } from '../../../support/node-engine';
import { awardFactsFor, loadCsvFiles } from './support/award-facts-from-engine';

let engine: SqlEngine;
let socTrang: RuleSet;
const advising = parseAdvisingCsv(readFileSync('data/registry/tinh-mau-advising.csv', 'utf8')).entries;
const registry = validateBandRegistry(readFileSync('data/registry/tinh-mau-bands.json', 'utf8'));
const bands = registry.ok ? registry.value : [];

beforeAll(async () => {
  engine = await startNodeEngine();
  await loadCsvFiles(engine, 'sample', ['data/sample/tinh-mau-par.csv', 'data/sample/tinh-mau-sipas.csv']);
  const found = bundledRuleSets().find((ruleSet) => ruleSet.id === 'soc-trang-2021-2030');
  if (!found) throw new Error('soc-trang-2021-2030 missing');
  socTrang = found;
}, 60_000);

const factCache = new Map<string, Promise<AwardFacts>>();

async function evaluate(
  context: AwardContext,
): Promise<{ facts: AwardFacts; find: (rule: string, unit: string) => UnitVerdict }> {
  const key = JSON.stringify(context);
  const cached = factCache.get(key) ?? awardFactsFor(engine, ['sample'], socTrang, context, bands, advising);
  factCache.set(key, cached);
  const facts = await cached;
  const verdicts = evaluateAwards(facts, socTrang, context, { bands }).verdicts;
  const find = (rule: string, unit: string) => {
    const verdict = verdicts.find((v) => v.ruleId === rule && v.unitCode === `mau-${unit}`);
    if (!verdict) throw new Error(`no verdict for ${rule} / ${unit}`);
    return verdict;
  };
  return { facts, find };
}

describe('soc-trang-2021-2030 on the bundled sample province (Tỉnh Mẫu), real DuckDB', {
  timeout: 30_000,
}, () => {
  it('the sample holds every series the rules read, and every unit in a block', async () => {
    for (const context of [{ year: 2025 }, { period: { from: 2021, to: 2025 } }]) {
      const { facts } = await evaluate(context);
      const evaluation = evaluateAwards(facts, socTrang, context, { bands });
      expect(evaluation.missing).toEqual([]);
      expect(evaluation.unplaced).toEqual([]);
    }
  });

  it('judges the same over the components the clauses read as over every component', async () => {
    for (const context of [{ year: 2025 }, { year: 2023 }, { period: { from: 2021, to: 2025 } }]) {
      const { facts } = await evaluate(context);
      const every = await awardFactsFor(engine, ['sample'], socTrang, context, bands, advising, true);
      // The filter cut rows (the sample has every PAR component), and the verdicts did not move.
      expect(facts.scores.length).toBeLessThan(every.scores.length);
      expect(evaluateAwards(facts, socTrang, context, { bands })).toEqual(
        evaluateAwards(every, socTrang, context, { bands }),
      );
    }
  });

  it('2025 advising-agency certificates: three in quota, Home Affairs misses only on L4 −0.31', async () => {
    const { find } = await evaluate({ year: 2025 });
    const rule = 'bang-khen-co-quan-tham-muu';
    expect(['van-phong-ubnd', 'so-tu-phap', 'so-tai-chinh'].map((u) => find(rule, u).verdict)).toEqual([
      'pass',
      'pass',
      'pass',
    ]);
    const science = find(rule, 'so-khoa-hoc-cong-nghe');
    expect(science).toMatchObject({ verdict: 'fail', block: 'tham-muu', quota: { position: 4, quota: 3 } });
    expect(science.blockHistory.map((h) => h.block)).toEqual(['so-nganh', 'tham-muu']);
    const homeAffairs = find(rule, 'so-noi-vu');
    expect(homeAffairs.verdict).toBe('fail');
    expect(
      formatNearMiss(
        homeAffairs.nearMiss ?? { clauseId: '', check: { verdict: 'fail', reason: 'met', years: [] } },
        'vi',
      ),
    ).toBe('Chưa đạt chỉ vì: PAR L4 giảm 0,31 điểm');
  });

  it('2025 assessed-unit certificates: precedence, ties, gaps and unmet satisfaction', async () => {
    const { find } = await evaluate({ year: 2025 });
    const rule = 'bang-khen-don-vi';
    expect(find(rule, 'van-phong-ubnd').clauses[0]?.checks[0]?.reason).toBe('considered_under_other');
    expect(find(rule, 'so-y-te')).toMatchObject({ verdict: 'needs_confirmation', quota: { position: 1 } });
    expect(find(rule, 'so-xay-dung')).toMatchObject({
      quota: { position: 3, tieBrokenBy: { source: 'period_average' } },
    });
    expect(find(rule, 'so-giao-duc-dao-tao')).toMatchObject({ verdict: 'fail', quota: { position: 4 } });
    expect(find(rule, 'so-tai-nguyen-moi-truong')).toMatchObject({ verdict: 'fail', rankInBlock: 1 });
    expect(find(rule, 'so-tai-nguyen-moi-truong').nearMiss?.check).toMatchObject({
      index: 'SIPAS',
      observed: 88.5,
      threshold: 90,
    });
    expect(find(rule, 'so-ngoai-vu').verdict).toBe('not_assessable');
    expect(find(rule, 'so-giao-thong-van-tai').verdict).toBe('fail');
    expect(find(rule, 'kho-bac').quota?.tieBrokenBy).toBe('unresolved');
    expect([find(rule, 'kho-bac').verdict, find(rule, 'bao-hiem-xa-hoi').verdict]).toEqual([
      'needs_confirmation',
      'needs_confirmation',
    ]);
    expect(find(rule, 'xa-an-phu').verdict).toBe('not_assessable');
  });

  it('2024: the methodology break makes every advising comparison not assessable', async () => {
    const { find } = await evaluate({ year: 2024 });
    const verdict = find('bang-khen-co-quan-tham-muu', 'so-tu-phap');
    expect(verdict.verdict).toBe('not_assessable');
    expect(verdict.clauses[0]?.checks[0]?.reason).toBe('methodology_break');
  });

  it('period 2021–2025: one flag per block, districts that ended in 2024 not assessable', async () => {
    const { find } = await evaluate({ period: { from: 2021, to: 2025 } });
    expect(find('co-thi-dua', 'so-y-te').verdict).toBe('pass');
    expect(find('co-thi-dua', 'van-phong-ubnd').verdict).toBe('pass');
    expect(find('co-thi-dua', 'dai-phat-thanh-truyen-hinh').verdict).toBe('pass');
    expect(find('co-thi-dua', 'so-lao-dong-tbxh').nearMiss?.check).toMatchObject({
      reason: 'band_too_low',
      shortfall: 0.7,
    });
    expect(find('co-thi-dua', 'huyen-an-phu')).toMatchObject({ verdict: 'not_assessable' });
    expect(find('bang-khen-don-vi-giai-doan', 'so-y-te').verdict).toBe('pass');
  });
});
