import { describe, expect, it } from 'vitest';
import { blockResolution, ruleSetBlocks, unplacedUnits } from '@/domain/awards/block-defaults';
import { bundledRuleSets } from '@/domain/awards/bundled-rule-sets';
import type { RuleSet } from '@/domain/awards/rule-set-types';
import { series } from './support/fact-builders';

const socTrang = bundledRuleSets().find((ruleSet) => ruleSet.id === 'soc-trang-2021-2030') as RuleSet;
const ninhThuan = bundledRuleSets().find((ruleSet) => ruleSet.id === 'ninh-thuan-2022') as RuleSet;

describe('block defaults of a rule set', () => {
  it('the bundled Sóc Trăng rule set maps every unit level of a province to its block', () => {
    expect(socTrang.blockDefaults).toMatchObject({
      levels: {
        department: 'so-nganh',
        public_service_unit: 'don-vi-su-nghiep',
        central_agency: 'co-quan-trung-uong',
        district: 'cap-huyen',
        commune: 'cap-xa',
      },
      advisingAgencies: 'tham-muu',
    });
    // Every default block is one its rules judge: a default into a block nobody judges would be a typo.
    const judged = ruleSetBlocks(socTrang);
    for (const block of Object.values(socTrang.blockDefaults?.levels ?? {}))
      expect(judged.has(block)).toBe(true);
  });

  it('flattens the defaults for SQL: levels sorted, one adviser row per agency and year', () => {
    const advising = [
      { year: 2024, component: 'L1', unitCode: 'so-noi-vu' },
      { year: 2024, component: 'L4', unitCode: 'so-noi-vu' },
      { year: 2023, component: 'L2', unitCode: 'so-tu-phap' },
    ];
    const resolved = blockResolution(socTrang, advising);
    expect(resolved.levels.map((entry) => entry.level)).toEqual([
      'central_agency',
      'commune',
      'department',
      'district',
      'public_service_unit',
    ]);
    expect(resolved.advisers).toEqual([
      { year: 2023, unitCode: 'so-tu-phap', block: 'tham-muu' },
      { year: 2024, unitCode: 'so-noi-vu', block: 'tham-muu' },
    ]);
  });

  it('a rule set without defaults resolves nothing', () => {
    const { blockDefaults: _, ...bare } = socTrang;
    expect(blockResolution(bare, [{ year: 2024, component: 'L1', unitCode: 'x' }])).toEqual({
      levels: [],
      advisers: [],
      units: [],
    });
  });

  it("lays the user's block map over the defaults: a level's block replaced, single units listed", () => {
    const resolved = blockResolution(
      socTrang,
      [],
      [
        { target: 'level', code: 'commune', block: 'cap-huyen' },
        { target: 'unit', code: 'xa-b', block: 'so-nganh' },
        { target: 'unit', code: 'xa-a', block: 'cap-xa' },
      ],
    );
    expect(resolved.levels.find((entry) => entry.level === 'commune')).toEqual({
      level: 'commune',
      block: 'cap-huyen',
    });
    expect(resolved.levels.find((entry) => entry.level === 'department')?.block).toBe('so-nganh');
    expect(resolved.units).toEqual([
      { unitCode: 'xa-a', block: 'cap-xa' },
      { unitCode: 'xa-b', block: 'so-nganh' },
    ]);
  });

  it('names the units of the last year in no judged block, never the province itself', () => {
    const scores = [
      ...series({ unit: 'so-a', values: { 2024: 80 } }),
      ...series({ unit: 'bo-x', level: 'ministry', blocks: { 2024: 'ministry' }, values: { 2024: 80 } }),
      ...series({ unit: 'so-b', blocks: { 2023: 'khac', 2024: 'so-nganh' }, values: { 2023: 70, 2024: 80 } }),
      ...series({ unit: 'tinh', level: 'province', blocks: { 2024: 'province' }, values: { 2024: 80 } }),
    ];
    expect(unplacedUnits(socTrang, scores, 2024)).toEqual([
      { unitCode: 'bo-x', unitName: 'Name of bo-x', level: 'ministry', block: 'ministry' },
    ]);
    // A rule set that judges named units, not blocks, leaves nobody out.
    expect(unplacedUnits(ninhThuan, scores, 2024)).toEqual([]);
  });
});
