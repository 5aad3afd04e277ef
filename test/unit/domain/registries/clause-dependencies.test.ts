import { describe, expect, it } from 'vitest';
import { bundledRuleSets } from '@/domain/awards/bundled-rule-sets';
import type { RuleSet } from '@/domain/awards/rule-set-types';
import { clauseDependencies } from '@/domain/registries/clause-dependencies';

const socTrang = bundledRuleSets().find((ruleSet) => ruleSet.id === 'soc-trang-2021-2030') as RuleSet;

const keys = (ruleSet: RuleSet, kind: 'advising' | 'blocks') =>
  clauseDependencies(ruleSet, kind).map((d) => `${d.ruleId}/${d.clauseId}:${d.reason}`);

const tiny = (rules: RuleSet['rules'], advisingAgencies?: string): RuleSet => ({
  ...socTrang,
  blockDefaults: advisingAgencies ? { levels: {}, advisingAgencies } : undefined,
  rules,
});

describe('clauseDependencies(ruleSet, registry)', () => {
  it('the advising map: the advised-component clause, the subjects of the advising rule, its precedence', () => {
    const rules: RuleSet['rules'] = [
      {
        id: 'adv',
        title: { vi: 'a', en: 'a' },
        award: 'certificate',
        scope: 'year',
        subject: { kind: 'advising_agencies' },
        clauses: [
          { id: 'up', type: 'rose', index: 'PAR', component: 'advised', of: 'province' },
          { id: 'council', type: 'manual', title: { vi: 'x', en: 'x' } },
        ],
      },
      {
        id: 'unit',
        title: { vi: 'u', en: 'u' },
        award: 'certificate',
        scope: 'year',
        subject: { kind: 'blocks', blocks: ['so-nganh'] },
        clauses: [
          { id: 'once', type: 'considered_under', rule: 'adv' },
          { id: 'sat', type: 'value', index: 'SIPAS', component: 'TOTAL', op: 'at_least', threshold: 90 },
          { id: 'q', type: 'quota', perBlock: { 'so-nganh': 3 }, orderBy: [] },
        ],
      },
    ];
    expect(keys(tiny(rules), 'advising')).toEqual([
      'adv/up:subject',
      'adv/up:advised',
      'unit/once:precedence',
    ]);
    expect(keys(tiny(rules), 'blocks')).toEqual([
      'unit/once:subject',
      'unit/sat:subject',
      'unit/q:subject',
      'unit/q:quota',
    ]);
    // When advisers get a block of their own, a rule judging that block also depends on the map.
    const withAdvisers = tiny(
      [{ ...(rules[1] as RuleSet['rules'][number]), subject: { kind: 'blocks', blocks: ['tham-muu'] } }],
      'tham-muu',
    );
    expect(keys(withAdvisers, 'advising')).toContain('unit/sat:subject');
  });

  it('the bundled Sóc Trăng set: its advising rule depends on the map, every quota on the blocks', () => {
    const advising = clauseDependencies(socTrang, 'advising');
    expect(advising.some((d) => d.ruleId === 'bang-khen-co-quan-tham-muu' && d.reason === 'advised')).toBe(
      true,
    );
    const quotas = socTrang.rules.flatMap((rule) =>
      rule.clauses.filter((clause) => clause.type === 'quota').map((clause) => `${rule.id}/${clause.id}`),
    );
    const blockDeps = clauseDependencies(socTrang, 'blocks')
      .filter((d) => d.reason === 'quota')
      .map((d) => `${d.ruleId}/${d.clauseId}`);
    expect(blockDeps).toEqual(quotas);
    expect(quotas.length).toBeGreaterThan(0);
  });
});
