import { describe, expect, it } from 'vitest';
import { bundledRuleSets } from '@/domain/awards/bundled-rule-sets';
import { missingSeries } from '@/domain/awards/missing-data';
import { ruleSetTemplate } from '@/domain/awards/rule-set-template';
import type { RuleSet } from '@/domain/awards/rule-set-types';
import { validateRuleSet } from '@/domain/awards/validate-rule-set';
import { series } from './support/fact-builders';

const socTrang = bundledRuleSets().find((ruleSet) => ruleSet.id === 'soc-trang-2021-2030') as RuleSet;

describe('missingSeries(ruleSet, scope, scores)', () => {
  const internalOnly = [
    ...series({ unit: 'so-a', values: { 2023: 80, 2024: 82 } }),
    ...series({ unit: 'so-a', index: 'SIPAS', values: { 2023: 90, 2024: 91 } }),
    ...series({ unit: 'so-a', component: 'L1', max: 7, values: { 2023: 6, 2024: 6.5 } }),
  ];

  it("names the province's PAR components that the advising-agency certificate reads", () => {
    const missing = missingSeries(socTrang, 'year', internalOnly);
    expect(missing).toContainEqual({
      ruleId: 'bang-khen-co-quan-tham-muu',
      index: 'PAR',
      component: 'advised',
      of: 'province',
    });
    // A unit's own component row is not the province's.
    expect(missing.every((need) => need.of === 'province')).toBe(true);
  });

  it('names nothing once a province-level row of those components is loaded', () => {
    const province = series({ unit: 'tinh', level: 'province', component: 'L1', values: { 2024: 6 } });
    const provinceTotal = series({ unit: 'tinh', level: 'province', values: { 2024: 80 } });
    const missing = missingSeries(socTrang, 'year', [...internalOnly, ...province, ...provinceTotal]);
    expect(missing.filter((need) => need.component === 'advised')).toEqual([]);
  });
});

describe('ruleSetTemplate(ruleSet)', () => {
  it('is a valid rule set under an id of its own, with the same rules', () => {
    const text = ruleSetTemplate(socTrang);
    const result = validateRuleSet(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.id).toBe('soc-trang-2021-2030-tuy-chinh');
    expect(result.value.rules).toEqual(socTrang.rules);
    expect(result.value.blockDefaults).toEqual(socTrang.blockDefaults);
    // A template of a template keeps its id.
    expect(validateRuleSet(ruleSetTemplate(result.value)).ok && ruleSetTemplate(result.value)).toContain(
      '"id": "soc-trang-2021-2030-tuy-chinh"',
    );
  });
});
