import { describe, expect, it } from 'vitest';
import { evaluateAwards } from '@/domain/awards/evaluate-awards';
import type { Clause } from '@/domain/awards/rule-set-types';
import type { ReasonCode, Verdict } from '@/domain/awards/verdict-types';
import { facts, ruleSetWith, type SeriesSpec, series } from './support/fact-builders';

interface Case {
  readonly name: string;
  readonly clause: Clause;
  readonly values: SeriesSpec['values'];
  readonly year: number;
  readonly max?: number;
  readonly ranks?: SeriesSpec['ranks'];
  readonly level?: string;
  readonly index?: SeriesSpec['index'];
  readonly verdict: Verdict;
  readonly reason: ReasonCode;
}

const rose: Clause = { id: 'c', type: 'rose', index: 'PAR', component: 'TOTAL' };
const roseOrMax: Clause = { ...rose, orHeldAtMax: true, component: 'L4' };
const change: Clause = {
  id: 'c',
  type: 'change',
  index: 'PCI',
  component: 'TOTAL',
  op: 'at_least',
  threshold: 0.5,
};
const changeAbove: Clause = { ...change, op: 'above' };
const rankUp: Clause = { id: 'c', type: 'rank_up', index: 'PAR', component: 'TOTAL', places: 10 };
const value: Clause = {
  id: 'c',
  type: 'value',
  index: 'SIPAS',
  component: 'TOTAL',
  op: 'at_least',
  threshold: 90,
};
const valueAbove: Clause = { ...value, op: 'above', threshold: 80 };

// PAR methodology breaks (catalogue): 2022 and 2024, so 2022→2023 and 2024→2025 compare, 2023→2024 does not.
const CASES: readonly Case[] = [
  {
    name: 'rose: higher than the year before',
    clause: rose,
    values: { 2024: 80, 2025: 80.01 },
    year: 2025,
    verdict: 'pass',
    reason: 'rose',
  },
  {
    name: 'rose: exactly equal is not a rise',
    clause: rose,
    values: { 2024: 80, 2025: 80 },
    year: 2025,
    verdict: 'fail',
    reason: 'not_rose',
  },
  {
    name: 'rose: fell',
    clause: rose,
    values: { 2024: 80, 2025: 79.69 },
    year: 2025,
    verdict: 'fail',
    reason: 'not_rose',
  },
  {
    name: 'rose: previous year missing',
    clause: rose,
    values: { 2023: 70, 2025: 82 },
    year: 2025,
    verdict: 'not_assessable',
    reason: 'missing_previous',
  },
  {
    name: 'rose: previous year a published gap',
    clause: rose,
    values: { 2023: 70, 2024: null, 2025: 82 },
    year: 2025,
    verdict: 'not_assessable',
    reason: 'missing_previous',
  },
  {
    name: 'rose: judged year missing',
    clause: rose,
    values: { 2024: 80 },
    year: 2025,
    verdict: 'not_assessable',
    reason: 'missing_value',
  },
  {
    name: "rose: a new unit's first year",
    clause: rose,
    values: { 2025: 90 },
    year: 2025,
    verdict: 'not_assessable',
    reason: 'no_predecessor',
  },
  {
    name: 'rose: methodology break between the years',
    clause: rose,
    values: { 2023: 70, 2024: 85 },
    year: 2024,
    verdict: 'not_assessable',
    reason: 'methodology_break',
  },
  {
    name: 'rose or held at max: held at max',
    clause: roseOrMax,
    values: { 2024: 7, 2025: 7 },
    max: 7,
    year: 2025,
    verdict: 'pass',
    reason: 'held_at_max',
  },
  {
    name: 'rose or held at max: held below max',
    clause: roseOrMax,
    values: { 2024: 6.5, 2025: 6.5 },
    max: 7,
    year: 2025,
    verdict: 'fail',
    reason: 'not_rose',
  },
  {
    name: 'change: exactly at threshold',
    clause: change,
    index: 'PCI',
    values: { 2021: 60, 2022: 60.5 },
    year: 2022,
    verdict: 'pass',
    reason: 'met',
  },
  {
    name: 'change: just below',
    clause: change,
    index: 'PCI',
    values: { 2021: 60, 2022: 60.49 },
    year: 2022,
    verdict: 'fail',
    reason: 'below_threshold',
  },
  {
    name: 'change above: exactly at threshold fails',
    clause: changeAbove,
    index: 'PCI',
    values: { 2021: 60, 2022: 60.5 },
    year: 2022,
    verdict: 'fail',
    reason: 'below_threshold',
  },
  {
    name: 'change: missing previous year',
    clause: change,
    index: 'PCI',
    values: { 2022: 60.5 },
    year: 2022,
    verdict: 'not_assessable',
    reason: 'no_predecessor',
  },
  {
    name: 'rank up: exactly 10 places',
    clause: rankUp,
    level: 'province',
    values: { 2021: 80, 2022: 82 },
    ranks: { 2021: 40, 2022: 30 },
    year: 2022,
    verdict: 'pass',
    reason: 'met',
  },
  {
    name: 'rank up: 9 places',
    clause: rankUp,
    level: 'province',
    values: { 2021: 80, 2022: 82 },
    ranks: { 2021: 40, 2022: 31 },
    year: 2022,
    verdict: 'fail',
    reason: 'below_threshold',
  },
  {
    name: 'rank up: rank missing',
    clause: rankUp,
    level: 'province',
    values: { 2021: 80, 2022: 82 },
    ranks: { 2022: 31 },
    year: 2022,
    verdict: 'not_assessable',
    reason: 'missing_value',
  },
  {
    name: 'rank up: across the 2025 merger',
    clause: rankUp,
    level: 'province',
    values: { 2024: 80, 2025: 82 },
    ranks: { 2024: 40, 2025: 10 },
    year: 2025,
    verdict: 'not_assessable',
    reason: 'rank_not_comparable',
  },
  {
    name: 'value: exactly at threshold',
    clause: value,
    index: 'SIPAS',
    values: { 2025: 90 },
    year: 2025,
    verdict: 'pass',
    reason: 'met',
  },
  {
    name: 'value: just below',
    clause: value,
    index: 'SIPAS',
    values: { 2025: 89.99 },
    year: 2025,
    verdict: 'fail',
    reason: 'below_threshold',
  },
  {
    name: 'value above: exactly at threshold fails',
    clause: valueAbove,
    index: 'SIPAS',
    values: { 2022: 80 },
    year: 2022,
    verdict: 'fail',
    reason: 'below_threshold',
  },
  {
    name: 'value: missing year',
    clause: value,
    index: 'SIPAS',
    values: { 2024: 95 },
    year: 2025,
    verdict: 'not_assessable',
    reason: 'missing_value',
  },
];

describe('evaluateAwards(facts, rules): year-over-year and value clauses', () => {
  it.each(CASES)('$name → $verdict', (c) => {
    const component = 'component' in c.clause ? c.clause.component : 'TOTAL';
    const scores = series({
      unit: 'u',
      index: c.index ?? 'PAR',
      component,
      values: c.values,
      max: c.max,
      ranks: c.ranks,
      level: c.level,
      blocks: Object.fromEntries(Object.keys(c.values).map((y) => [y, 'so-nganh'])),
    });
    const ruleSet = ruleSetWith({ clauses: [c.clause], subject: { kind: 'units', units: ['u'] } });
    const result = evaluateAwards(facts([scores], [2021, c.year]), ruleSet, { year: c.year });
    const verdict = result.verdicts[0];
    expect(verdict?.verdict).toBe(c.verdict);
    expect(verdict?.clauses[0]?.checks[0]?.reason).toBe(c.reason);
  });

  it('gives the near miss of an advising agency whose one component fell (L4 −0.31)', () => {
    const province = (component: string, a: number, b: number) =>
      series({
        unit: 'tinh',
        component,
        level: 'province',
        max: 10,
        values: { 2024: a, 2025: b },
        blocks: { 2024: 'province', 2025: 'province' },
      });
    const agency = series({
      unit: 'so-noi-vu',
      values: { 2024: 90, 2025: 91 },
      blocks: { 2024: 'tham-muu', 2025: 'tham-muu' },
    });
    const advising = ['L1', 'L4', 'L5'].map((component) => ({
      year: 2025,
      component,
      unitCode: 'so-noi-vu',
    }));
    const ruleSet = ruleSetWith({
      subject: { kind: 'advising_agencies' },
      clauses: [{ id: 'c', type: 'rose', index: 'PAR', component: 'advised', of: 'province' }],
    });
    const input = facts(
      [province('L1', 7.6, 7.9), province('L4', 5.95, 5.64), province('L5', 8, 8.5), agency],
      [2021, 2025],
      advising,
    );
    const [verdict] = evaluateAwards(input, ruleSet, { year: 2025 }).verdicts;
    expect(verdict?.verdict).toBe('fail');
    expect(verdict?.nearMiss?.check).toMatchObject({
      component: 'L4',
      delta: -0.31,
      previous: 5.95,
      observed: 5.64,
      unitCode: 'tinh',
    });
  });

  it('marks an advising agency not assessable when the registry gives it no component', () => {
    const ruleSet = ruleSetWith({
      subject: { kind: 'units', units: ['x'] },
      clauses: [{ id: 'c', type: 'rose', index: 'PAR', component: 'TOTAL', of: 'province' }],
    });
    const input = facts([series({ unit: 'x', values: { 2024: 1, 2025: 2 } })], [2021, 2025]);
    const [verdict] = evaluateAwards(input, ruleSet, { year: 2025 }).verdicts;
    expect(verdict?.clauses[0]?.checks[0]?.reason).toBe('province_unknown');
  });

  it('says a merger, not a method change, when SQL found the unit absorbed others between the years', () => {
    const ruleSet = ruleSetWith({ subject: { kind: 'units', units: ['x'] }, clauses: [rose] });
    const merged = series({ unit: 'x', values: { 2024: 60, 2025: 70 } }).map((fact) =>
      fact.year === 2025 ? { ...fact, comparable: false, notComparableReason: 'merger' as const } : fact,
    );
    const input = facts([merged], [2025, 2025]);
    const [verdict] = evaluateAwards(input, ruleSet, { year: 2025 }).verdicts;
    expect(verdict?.verdict).toBe('not_assessable');
    expect(verdict?.clauses[0]?.checks[0]?.reason).toBe('unit_merged');
  });
});
