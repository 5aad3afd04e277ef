import { describe, expect, it } from 'vitest';
import { evaluateTarget, type Target, type TargetPoint } from '@/domain/targets/targets';
import { validateTargetFile } from '@/domain/targets/validate-targets';

const fact = (year: number, score: number | null, rank: number | null, unit = 'u'): TargetPoint => ({
  unit,
  unitLevel: 'province',
  component: 'TOTAL',
  year,
  score,
  rank,
});

const target = (over: Partial<Target>): Target => ({
  id: 't',
  unit: 'u',
  index: 'PCI',
  component: 'TOTAL',
  kind: 'total_change',
  amount: 0.5,
  baselineYear: 2021,
  targetYear: 2024,
  label: { vi: 'x', en: 'x' },
  plan: { vi: 'p', en: 'p' },
  sample: false,
  ...over,
});

// What the SQL says of the cases' years (src/sql/target-facts.ts, checked in base-deltas.test.ts):
// PAR ranks 2021 → 2025 cross the 63 → 34 provinces change, PAPI totals 2017 → 2018 a method break.
const comparisonsAcross = (subject: Target) => [
  {
    targetId: subject.id,
    comparable: !(subject.index === 'PAPI' && subject.baselineYear === 2017),
    rankComparable: subject.targetYear < 2025,
  },
];

describe('evaluateTarget(target, facts)', () => {
  it.each([
    [
      'total +0.5 met (63.21 → 68.74)',
      target({}),
      [fact(2021, 63.21, 43), fact(2024, 68.74, 21)],
      'met',
      null,
      63.71,
    ],
    [
      'total +0.5 met exactly at the goal',
      target({}),
      [fact(2021, 70.1, 5), fact(2024, 70.6, 5)],
      'met',
      null,
      70.6,
    ],
    [
      'total +0.5 not met (73.02 → 73.2)',
      target({}),
      [fact(2021, 73.02, 1), fact(2024, 73.2, 2)],
      'not_met',
      null,
      73.52,
    ],
    [
      'no figure for the target year yet',
      target({}),
      [fact(2021, 63, 40), fact(2023, 64, 30)],
      'not_yet_measurable',
      'no_target_data',
      63.5,
    ],
    ['no baseline', target({}), [fact(2024, 64, 30)], 'not_yet_measurable', 'no_baseline', null],
    [
      'rank up 10: 41 → 24 met',
      target({ index: 'PAR', kind: 'rank_up', amount: 10 }),
      [fact(2021, 76.9, 41), fact(2024, 80.15, 24)],
      'met',
      null,
      31,
    ],
    [
      'rank up 10: 41 → 33 not met',
      target({ index: 'PAR', kind: 'rank_up', amount: 10 }),
      [fact(2021, 76.9, 41), fact(2024, 80, 33)],
      'not_met',
      null,
      31,
    ],
    [
      'rank across the 2025 peer break',
      target({ index: 'PAR', kind: 'rank_up', amount: 10, targetYear: 2025 }),
      [fact(2021, 76.9, 41), fact(2025, 83, 12)],
      'not_yet_measurable',
      'not_comparable',
      31,
    ],
    [
      'PAPI total across the 2018 method break',
      target({ index: 'PAPI', baselineYear: 2017, targetYear: 2018 }),
      [fact(2017, 36, 10), fact(2018, 45, 10)],
      'not_yet_measurable',
      'not_comparable',
      36.5,
    ],
    [
      'value at least 92 %, 90.61 is not',
      target({ index: 'SIPAS', kind: 'value_at_least', amount: 92, baselineYear: null, targetYear: 2023 }),
      [fact(2023, 90.61, 1)],
      'not_met',
      null,
      92,
    ],
  ] as const)('%s', (_name, subject, points, status, reason, goal) => {
    const verdict = evaluateTarget(subject, { points, comparisons: comparisonsAcross(subject) });
    expect(verdict.status).toBe(status);
    expect(verdict.reason).toBe(reason);
    if (goal === null) expect(verdict.goal).toBeNull();
    else expect(verdict.goal).toBeCloseTo(goal, 9);
  });

  it('is not measurable when the SQL finds the years not comparable (a merger)', () => {
    const verdict = evaluateTarget(target({ targetYear: 2025 }), {
      points: [fact(2021, 60, 9), fact(2025, 70, 3)],
      comparisons: [{ targetId: 't', comparable: false, rankComparable: false }],
    });
    expect(verdict).toMatchObject({ status: 'not_yet_measurable', reason: 'not_comparable' });
  });

  it('compares nothing before the SQL has said whether the years compare', () => {
    const verdict = evaluateTarget(target({}), {
      points: [fact(2021, 63, 40), fact(2024, 64, 30)],
      comparisons: [],
    });
    expect(verdict).toMatchObject({ status: 'not_yet_measurable', reason: 'not_comparable' });
  });

  it('shows the latest figure while the target year has none', () => {
    const points = [fact(2021, 63, 40), fact(2023, 64, 30)];
    expect(evaluateTarget(target({}), { points, comparisons: comparisonsAcross(target({})) }).latest).toEqual(
      {
        year: 2023,
        value: 64,
      },
    );
  });
});

describe('validateTargetFile(json, fileName)', () => {
  const good = {
    unit: 'u',
    index: 'PCI',
    kind: 'total_change',
    amount: 0.5,
    baselineYear: 2021,
    targetYear: 2024,
    label: { vi: 'x' },
  };

  it('accepts a well-formed target and defaults component to TOTAL', () => {
    const result = validateTargetFile({ plan: { vi: 'P' }, targets: [{ id: 'a', ...good }] }, 'f.json');
    expect(result.problems).toEqual([]);
    expect(result.targets[0]).toMatchObject({
      id: 'a',
      component: 'TOTAL',
      label: { vi: 'x', en: 'x' },
      sample: false,
    });
  });

  it.each([
    [{ id: 'a', ...good, kind: 'rank_down' }, /kind/],
    [{ id: 'a', ...good, index: 'XYZ' }, /index/],
    [{ id: 'a', ...good, baselineYear: undefined }, /baselineYear/],
    [{ id: 'a', ...good, baselineYear: 2024 }, /before/],
    [{ id: 'a', ...good, kind: 'rank_up', amount: 2.5 }, /whole number/],
    [{ id: 'a', ...good, label: {} }, /label/],
    [{ ...good }, /id/],
  ])('skips and reports a malformed target (%#)', (raw, message) => {
    const result = validateTargetFile({ targets: [raw] }, 'f.json');
    expect(result.targets).toEqual([]);
    expect(result.problems[0]).toMatch(message);
  });

  it('rejects a file without a targets list', () => {
    expect(validateTargetFile([], 'f.json').problems).toEqual([
      'f.json: expected an object with a "targets" list',
    ]);
  });
});
