import { describe, expect, it } from 'vitest';
import { bundledRuleSets } from '@/domain/awards/bundled-rule-sets';
import type { Rule } from '@/domain/awards/rule-set-types';
import { evidenceOf } from '@/features/awards/model/evidence-lines';
import { verdict } from './support/verdicts';

const rule = bundledRuleSets()
  .find((ruleSet) => ruleSet.id === 'soc-trang-2021-2030')
  ?.rules.find((candidate) => candidate.id === 'bang-khen-don-vi') as Rule;

const subject = verdict('mau-so-y-te', {
  ruleId: 'bang-khen-don-vi',
  verdict: 'needs_confirmation',
  clauses: [
    {
      clauseId: 'xet-mot-lan',
      type: 'considered_under',
      verdict: 'pass',
      checks: [{ verdict: 'pass', reason: 'not_considered_elsewhere', years: [2025], otherRule: 'x' }],
    },
    {
      clauseId: 'hai-long-tb',
      type: 'period_average',
      verdict: 'pass',
      checks: [
        {
          verdict: 'pass',
          reason: 'average_met',
          index: 'SIPAS',
          component: 'TOTAL',
          years: [2021, 2022, 2023, 2024, 2025],
          observed: 92.4,
          threshold: 90,
          op: 'at_least',
        },
      ],
    },
    {
      clauseId: 'hoan-thanh-nhiem-vu',
      type: 'manual',
      verdict: 'needs_confirmation',
      checks: [{ verdict: 'needs_confirmation', reason: 'manual', years: [2025] }],
    },
  ],
  blockHistory: [
    { year: 2024, block: 'so-nganh' },
    { year: 2025, block: 'tham-muu' },
  ],
});

describe('evidenceOf(verdict, rule, lang, bands)', () => {
  it.each([
    [
      'vi',
      [
        'SIPAS bình quân 2021–2025: 92,4 (ngưỡng ≥ 90)',
        'Hoàn thành 100 % nhiệm vụ CCHC trong năm: Cần Hội đồng xác nhận',
      ],
      'Đổi khối: so-nganh (2024) → tham-muu (2025)',
    ],
    [
      'en',
      [
        'SIPAS average 2021–2025: 92.4 (threshold ≥ 90)',
        "100 % of the year's reform tasks done: Needs the council's confirmation",
      ],
      'Changed block: so-nganh (2024) → tham-muu (2025)',
    ],
  ] as const)(
    'in %s: numbers, thresholds and years; a manual clause by its title, never as passed',
    (lang, lines, note) => {
      const evidence = evidenceOf(subject, rule, lang, []);
      expect(evidence.lines.map((line) => line.text)).toEqual(lines);
      expect(evidence.lines.map((line) => line.verdict)).toEqual(['pass', 'needs_confirmation']);
      expect(evidence.notes).toEqual([note]);
      expect(evidence.nearMiss).toBeNull();
    },
  );

  it('says what a near miss missed by', () => {
    const near = verdict('mau-so-noi-vu', {
      verdict: 'fail',
      nearMiss: {
        clauseId: 'linh-vuc-tang',
        check: {
          verdict: 'fail',
          reason: 'not_rose',
          index: 'PAR',
          component: 'L4',
          years: [2024, 2025],
          observed: 5.1,
          previous: 5.41,
          delta: -0.31,
        },
      },
    });
    expect(evidenceOf(near, rule, 'vi', []).nearMiss).toBe('Chưa đạt chỉ vì: PAR L4 giảm 0,31 điểm');
  });
});
