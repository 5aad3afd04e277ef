import { describe, expect, it } from 'vitest';
import { bundledRuleSets } from '@/domain/awards/bundled-rule-sets';
import type { RuleSet } from '@/domain/awards/rule-set-types';
import { contextOptions, defaultContext, includeContext } from '@/features/awards/model/context-options';

function ruleSet(id: string): RuleSet {
  const found = bundledRuleSets().find((candidate) => candidate.id === id);
  if (!found) throw new Error(`missing ${id}`);
  return found;
}

describe('contextOptions(ruleSet, lastYear)', () => {
  it.each([
    ['soc-trang-2021-2030', 2025, [2025, 2024, 2023, 2022, 2021], ['2021-2025']],
    ['soc-trang-2021-2030', 2022, [2022, 2021], ['2021-2025']],
    ['soc-trang-2021-2030', 2027, [2027, 2026, 2025, 2024, 2023, 2022, 2021], ['2021-2025', '2026-2030']],
    ['ninh-thuan-2022', 2024, [2022], ['2022']],
    ['ninh-thuan-2022', null, [2022], ['2022']],
  ])('%s with data to %s', (id, lastYear, years, periods) => {
    const options = contextOptions(ruleSet(id), lastYear);
    expect(options.years).toEqual(years);
    expect(options.periods.map((period) => period.id)).toEqual(periods);
  });
});

describe('defaultContext(ruleSet, lastYear)', () => {
  it.each([
    ['soc-trang-2021-2030', 2025, { year: 2025 }],
    ['soc-trang-2021-2030', 2040, { year: 2030 }],
    ['soc-trang-2021-2030', 2010, { year: 2021 }],
    ['ninh-thuan-2022', 2024, { year: 2022 }],
  ])('%s with data to %s → %j', (id, lastYear, expected) => {
    expect(defaultContext(ruleSet(id), lastYear)).toEqual(expected);
  });
});

describe('includeContext(options, context)', () => {
  const options = contextOptions(ruleSet('soc-trang-2021-2030'), 2025);
  it('adds a permalink year the data does not reach', () => {
    expect(includeContext(options, { year: 2026 }).years[0]).toBe(2026);
  });
  it('adds a period that is not in the rule set', () => {
    expect(includeContext(options, { period: { from: 2021, to: 2023 } }).periods.at(-1)?.id).toBe(
      '2021-2023',
    );
  });
  it('leaves known contexts alone', () => {
    expect(includeContext(options, { year: 2024 })).toBe(options);
  });
});
