import { describe, expect, it } from 'vitest';
import { bundledRuleSets } from '@/domain/awards/bundled-rule-sets';
import type { RuleSet } from '@/domain/awards/rule-set-types';
import type { UnitVerdict } from '@/domain/awards/verdict-types';
import {
  blockOrder,
  compareInQuotaOrder,
  countVerdicts,
  groupVerdicts,
  matchesFilter,
  quotaFor,
  shownVerdicts,
} from '@/features/awards/model/group-verdicts';
import { NEAR, verdict } from './support/verdicts';

const socTrang = bundledRuleSets().find((ruleSet) => ruleSet.id === 'soc-trang-2021-2030') as RuleSet;
const unitRule = 'bang-khen-don-vi';

describe('matchesFilter(verdict, filter)', () => {
  it.each([
    ['pass', 'pass', true],
    ['pass', 'needs_confirmation', true],
    ['pass', 'not_assessable', false],
    ['near', 'fail+near', true],
    ['near', 'fail', false],
    ['near', 'pass', false],
    ['all', 'not_assessable', true],
  ] as const)('filter %s, verdict %s → %s', (filter, kind, expected) => {
    const v =
      kind === 'fail+near'
        ? verdict('a', { verdict: 'fail', nearMiss: NEAR })
        : verdict('a', { verdict: kind });
    expect(matchesFilter(v, filter)).toBe(expected);
  });
});

describe('compareInQuotaOrder(a, b)', () => {
  it('puts placed units by position, then the rest by rank, then by name', () => {
    const rows: UnitVerdict[] = [
      verdict('e', { rankInBlock: null }),
      verdict('d', { rankInBlock: 2 }),
      verdict('b', { position: 2, rankInBlock: 1 }),
      verdict('a', { position: 1, rankInBlock: 3 }),
      verdict('c', { rankInBlock: 2 }),
    ];
    expect(rows.sort(compareInQuotaOrder).map((row) => row.unitCode)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

describe('quotaFor(rule, block)', () => {
  const rule = (id: string) => socTrang.rules.find((candidate) => candidate.id === id);
  it.each([
    ['bang-khen-don-vi', 'so-nganh', 3],
    ['bang-khen-don-vi', 'don-vi-su-nghiep', 1],
    ['bang-khen-don-vi', 'imported-block', null],
    ['bang-khen-ca-nhan-tham-muu', 'tham-muu', null],
  ])('%s in %s → %s', (id, block, expected) => {
    const found = rule(id);
    if (!found) throw new Error(id);
    expect(quotaFor(found, block)).toBe(expected);
  });
});

describe('groupVerdicts(ruleSet, context, verdicts, view)', () => {
  const verdicts = [
    verdict('x', { ruleId: unitRule, block: 'zz-own-block', verdict: 'fail' }),
    verdict('b', { ruleId: unitRule, block: 'so-nganh', position: 2, verdict: 'needs_confirmation' }),
    verdict('a', { ruleId: unitRule, block: 'so-nganh', position: 1, verdict: 'needs_confirmation' }),
    verdict('t', { ruleId: unitRule, block: 'tham-muu', verdict: 'fail', nearMiss: NEAR }),
    verdict('f', { ruleId: 'co-thi-dua', block: 'so-nganh' }),
  ];

  it('orders blocks as the rule set names them, unknown blocks last', () => {
    expect(blockOrder(socTrang, verdicts)).toEqual(['tham-muu', 'so-nganh', 'zz-own-block']);
  });

  it('keeps only the rules of the context scope, units in quota order', () => {
    const groups = groupVerdicts(socTrang, { year: 2025 }, verdicts, { block: null, filter: 'all' });
    expect(groups.map((group) => group.rule.id)).toEqual([
      'bang-khen-co-quan-tham-muu',
      'bang-khen-ca-nhan-tham-muu',
      'bang-khen-don-vi',
    ]);
    const units = groups[2];
    expect(
      units?.blocks.map((block) => [block.block, block.quota, block.rows.map((row) => row.unitCode)]),
    ).toEqual([
      ['tham-muu', 3, ['t']],
      ['so-nganh', 3, ['a', 'b']],
      ['zz-own-block', null, ['x']],
    ]);
    expect(units?.judged).toBe(4);
  });

  it.each([
    [{ block: 'so-nganh', filter: 'all' }, ['a', 'b']],
    [{ block: null, filter: 'near' }, ['t']],
    [{ block: null, filter: 'pass' }, ['a', 'b']],
    [{ block: 'tham-muu', filter: 'pass' }, []],
  ] as const)('view %j shows %j', (view, units) => {
    expect(
      shownVerdicts(groupVerdicts(socTrang, { year: 2025 }, verdicts, view)).map((v) => v.unitCode),
    ).toEqual(units);
  });

  it('a period context shows the period rules', () => {
    const groups = groupVerdicts(socTrang, { period: { from: 2021, to: 2025 } }, verdicts, {
      block: null,
      filter: 'all',
    });
    expect(groups.map((group) => group.rule.id)).toEqual(['bang-khen-don-vi-giai-doan', 'co-thi-dua']);
    expect(shownVerdicts(groups).map((v) => v.unitCode)).toEqual(['f']);
  });
});

describe('countVerdicts(verdicts)', () => {
  it('counts near misses apart from other failures', () => {
    expect(
      countVerdicts([
        verdict('a'),
        verdict('b', { verdict: 'fail', nearMiss: NEAR }),
        verdict('c', { verdict: 'fail' }),
        verdict('d', { verdict: 'not_assessable' }),
        verdict('e', { verdict: 'needs_confirmation' }),
      ]),
    ).toEqual({ pass: 1, needs_confirmation: 1, near: 1, fail: 1, not_assessable: 1 });
  });
});
