import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlEngine } from '@/db/engine';
import { bundledRuleSets } from '@/domain/awards/bundled-rule-sets';
import { factNeeds } from '@/domain/awards/fact-scope';
import type { RuleSet } from '@/domain/awards/rule-set-types';
import { buildAwardScoreFacts } from '@/sql/award-facts';
import { startNodeEngine } from '../../../support/node-engine';
import { loadCsvFiles } from '../../domain/awards/support/award-facts-from-engine';

let engine: SqlEngine;
const socTrang = bundledRuleSets().find((ruleSet) => ruleSet.id === 'soc-trang-2021-2030') as RuleSet;

beforeAll(async () => {
  engine = await startNodeEngine();
  await loadCsvFiles(engine, 'sample', ['data/sample/tinh-mau-par.csv', 'data/sample/tinh-mau-sipas.csv']);
}, 60_000);

// The awards screen queries score facts once per period and filters them per year (use-award-evaluation.ts).
describe('score facts of a whole period, cut at a year', { timeout: 30_000 }, () => {
  it.each([2021, 2022, 2023, 2024])('equal the facts queried up to %i', async (year) => {
    const needs = factNeeds(socTrang, { year });
    const scope = {
      datasetIds: ['sample'],
      indices: needs.indices,
      bands: socTrang.bands,
      fromYear: needs.fromYear,
    };
    const direct = buildAwardScoreFacts({ ...scope, toYear: year });
    const span = buildAwardScoreFacts({ ...scope, toYear: 2025 });
    const spanRows = await engine.query(span.text, span.params);
    expect(spanRows.filter((row) => typeof row.year === 'number' && row.year <= year)).toEqual(
      await engine.query(direct.text, direct.params),
    );
  });
});
