import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlEngine } from '@/db/engine';
import { blockResolution } from '@/domain/awards/block-defaults';
import { bundledRuleSets } from '@/domain/awards/bundled-rule-sets';
import type { RuleSet } from '@/domain/awards/rule-set-types';
import { type AwardFactScope, buildAwardPeriodFacts, buildAwardScoreFacts } from '@/sql/award-facts';
import { insertBundledFiles } from '@/sql/bundled-load';
import { startAnalyticsEngine } from '../../support/load-fixture';

const socTrang = bundledRuleSets().find((ruleSet) => ruleSet.id === 'soc-trang-2021-2030') as RuleSet;
/** Sở C advises a PAR component in 2024; Sở B's file says tham-muu itself. */
const ADVISING = [{ year: 2024, component: 'L3', unitCode: 'so-c' }];
const SCOPE: AwardFactScope = {
  datasetIds: ['nb'],
  indices: ['PAR'],
  fromYear: 2024,
  toYear: 2024,
  bands: [],
  blocks: blockResolution(socTrang, ADVISING),
};

let engine: SqlEngine;
beforeAll(async () => {
  engine = await startAnalyticsEngine();
  await engine.registerFile(
    'no-block-fixture.csv',
    readFileSync('test/fixtures/awards/no-block-fixture.csv'),
  );
  // Loaded like an import without a block cell: the stored block falls back to the unit level.
  const insert = insertBundledFiles([{ datasetId: 'nb', path: 'mem/no-block-fixture.csv' }]);
  await engine.query(insert.text, insert.params);
}, 30_000);

const blocksOf = async (scope: AwardFactScope) => {
  const query = buildAwardScoreFacts(scope);
  const rows = await engine.query(query.text, query.params);
  return Object.fromEntries(rows.map((row) => [row.unit_code, [row.block, row.block_size]]));
};

describe('default blocks in the award facts SQL, real DuckDB', () => {
  it('the data’s own block wins; then the year’s advising agency; then the level’s default', async () => {
    expect(await blocksOf(SCOPE)).toEqual({
      'so-a': ['so-nganh', 1],
      'so-b': ['tham-muu', 2],
      'so-c': ['tham-muu', 2],
      'huyen-d': ['cap-huyen', 1],
      'xa-e': ['khoi-rieng', 1],
      'bo-m': ['ministry', 1],
    });
  });

  it('binds the mapping: block codes travel as parameters, not in the text', () => {
    const query = buildAwardScoreFacts(SCOPE);
    expect(query.text).not.toMatch(/so-nganh|cap-huyen|so-c/);
    expect(query.params).toContain('cap-huyen');
  });

  it('without defaults, the stored blocks stand (the unit level when the file had none)', async () => {
    const { blocks: _, ...bare } = SCOPE;
    expect((await blocksOf(bare))['so-a']).toEqual(['department', 2]);
  });

  it("the user's block map: a mapped unit is in its block even over the file's; a mapped level over the default", async () => {
    const blocks = blockResolution(socTrang, ADVISING, [
      { target: 'unit', code: 'xa-e', block: 'cap-xa' },
      { target: 'unit', code: 'so-b', block: 'so-nganh' },
      { target: 'level', code: 'district', block: 'cap-xa' },
    ]);
    expect(await blocksOf({ ...SCOPE, blocks })).toEqual({
      'so-a': ['so-nganh', 2],
      'so-b': ['so-nganh', 2],
      'so-c': ['tham-muu', 1],
      'huyen-d': ['cap-xa', 2],
      'xa-e': ['cap-xa', 2],
      'bo-m': ['ministry', 1],
    });
  });

  it('period facts rank in the resolved block too', async () => {
    const query = buildAwardPeriodFacts(SCOPE);
    const rows = await engine.query(query.text, query.params);
    const soC = rows.find((row) => row.unit_code === 'so-c');
    expect(soC).toMatchObject({ last_block: 'tham-muu', rank_in_block: 2 });
  });
});
