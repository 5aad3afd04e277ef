import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateAwards } from '@/domain/awards/evaluate-awards';
import { facts, ruleSetWith, series } from './support/fact-builders';

const ruleSet = ruleSetWith({
  subject: { kind: 'units', units: ['u'] },
  clauses: [{ id: 'c', type: 'rose', index: 'PAR', component: 'L3', orHeldAtMax: true }],
});
const verdictFor = (previous: number, current: number) =>
  evaluateAwards(
    facts(
      [series({ unit: 'u', component: 'L3', max: 12, values: { 2024: previous, 2025: current } })],
      [2024, 2025],
    ),
    ruleSet,
    {
      year: 2025,
    },
  ).verdicts[0]?.verdict;
const points = fc.integer({ min: 0, max: 1200 }).map((n) => n / 100);

describe('a "rose" clause (property)', () => {
  it('never turns pass into fail when the judged score is raised', () => {
    fc.assert(
      fc.property(points, points, fc.integer({ min: 1, max: 300 }), (previous, current, raise) => {
        const raised = Math.min(12, current + raise / 100);
        if (verdictFor(previous, current) === 'pass') expect(verdictFor(previous, raised)).toBe('pass');
      }),
    );
  });

  it('passes exactly when the score rose, or stayed at the maximum', () => {
    fc.assert(
      fc.property(points, points, (previous, current) => {
        const expected = current > previous || (current === 12 && previous === 12) ? 'pass' : 'fail';
        expect(verdictFor(previous, current)).toBe(expected);
      }),
    );
  });
});
