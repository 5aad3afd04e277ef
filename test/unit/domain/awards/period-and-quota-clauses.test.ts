import { describe, expect, it } from 'vitest';
import { evaluateAwards } from '@/domain/awards/evaluate-awards';
import type { Clause, QuotaClause } from '@/domain/awards/rule-set-types';
import type { ReasonCode, Verdict } from '@/domain/awards/verdict-types';
import { facts, ruleSetWith, type SeriesSpec, series } from './support/fact-builders';

interface Case {
  readonly name: string;
  readonly clause: Clause;
  readonly values: SeriesSpec['values'];
  readonly index?: SeriesSpec['index'];
  readonly verdict: Verdict;
  readonly reason: ReasonCode;
}

const band3: Clause = {
  id: 'c',
  type: 'period_band_at_least',
  index: 'PAR',
  component: 'TOTAL',
  band: 'nhom-3',
};
const noBand5: Clause = {
  id: 'c',
  type: 'no_year_in_band',
  index: 'PAR',
  component: 'TOTAL',
  band: 'nhom-5',
};
const sat: Clause = {
  id: 'c',
  type: 'period_average',
  index: 'SIPAS',
  component: 'TOTAL',
  op: 'at_least',
  threshold: [
    { from: 2021, to: 2025, value: 90 },
    { from: 2026, to: 2030, value: 95 },
  ],
};
const full = (a: number, b: number, c: number): SeriesSpec['values'] => ({ 2021: a, 2022: b, 2023: c });

const CASES: readonly Case[] = [
  {
    name: 'period band: average exactly at the Nhóm 3 bound',
    clause: band3,
    values: full(60, 70, 65),
    verdict: 'pass',
    reason: 'band_reached',
  },
  {
    name: 'period band: average just below',
    clause: band3,
    values: full(60, 70, 64.97),
    verdict: 'fail',
    reason: 'band_too_low',
  },
  {
    name: 'period band: a year missing',
    clause: band3,
    values: { 2021: 80, 2023: 80 },
    verdict: 'not_assessable',
    reason: 'missing_years',
  },
  {
    name: 'no year in Nhóm 5: 50 is Nhóm 4',
    clause: noBand5,
    values: full(50, 70, 80),
    verdict: 'pass',
    reason: 'no_year_in_band',
  },
  {
    name: 'no year in Nhóm 5: 49.99 is Nhóm 5',
    clause: noBand5,
    values: full(49.99, 70, 80),
    verdict: 'fail',
    reason: 'year_in_band',
  },
  {
    name: 'no year in Nhóm 5: a year missing',
    clause: noBand5,
    values: { 2021: 70, 2023: 80 },
    verdict: 'not_assessable',
    reason: 'missing_years',
  },
  {
    name: 'no year in Nhóm 5: fails even with a year missing',
    clause: noBand5,
    values: { 2021: 40, 2023: 80 },
    verdict: 'fail',
    reason: 'year_in_band',
  },
  {
    name: 'period average: exactly 90',
    clause: sat,
    index: 'SIPAS',
    values: full(89, 91, 90),
    verdict: 'pass',
    reason: 'average_met',
  },
  {
    name: 'period average: just below 90',
    clause: sat,
    index: 'SIPAS',
    values: full(89, 91, 89.99),
    verdict: 'fail',
    reason: 'average_below',
  },
  {
    name: 'period average: a year missing',
    clause: sat,
    index: 'SIPAS',
    values: { 2021: 95, 2022: 95 },
    verdict: 'not_assessable',
    reason: 'missing_years',
  },
];

describe('evaluateAwards(facts, rules): period clauses over the period to date', () => {
  it.each(CASES)('$name → $verdict', (c) => {
    const scores = series({ unit: 'u', index: c.index ?? 'PAR', values: c.values });
    const ruleSet = ruleSetWith({ clauses: [c.clause], subject: { kind: 'units', units: ['u'] } });
    const [verdict] = evaluateAwards(facts([scores], [2021, 2023]), ruleSet, { year: 2023 }).verdicts;
    expect(verdict?.verdict).toBe(c.verdict);
    expect(verdict?.clauses[0]?.checks[0]?.reason).toBe(c.reason);
  });

  it('uses the threshold in force at the end of the window (95 % after 2025)', () => {
    const scores = series({ unit: 'u', index: 'SIPAS', values: { 2026: 94, 2027: 94 } });
    const ruleSet = { ...ruleSetWith({ clauses: [sat], subject: { kind: 'units', units: ['u'] } }) };
    const withPeriod = { ...ruleSet, periods: [{ id: '2026-2030', from: 2026, to: 2030 }] };
    const [verdict] = evaluateAwards(facts([scores], [2026, 2027]), withPeriod, { year: 2027 }).verdicts;
    expect(verdict?.clauses[0]?.checks[0]).toMatchObject({ verdict: 'fail', threshold: 95, observed: 94 });
  });
});

const quota = (n: number): QuotaClause => ({
  id: 'q',
  type: 'quota',
  perBlock: { 'so-nganh': n },
  orderBy: [
    { index: 'PAR', component: 'TOTAL', source: 'year', direction: 'desc' },
    { index: 'PAR', component: 'TOTAL', source: 'period_average', direction: 'desc' },
  ],
});
const unit = (code: string, v2024: number, v2025: number, block2025 = 'so-nganh') =>
  series({ unit: code, values: { 2024: v2024, 2025: v2025 }, blocks: { 2024: 'so-nganh', 2025: block2025 } });

describe('evaluateAwards(facts, rules): quota within block', () => {
  it('breaks a tie at the quota edge with the next order key and shows which', () => {
    const input = facts([unit('a', 90, 95), unit('b', 80, 89.2), unit('c', 85, 89.2)], [2024, 2025]);
    const ruleSet = ruleSetWith({ clauses: [quota(2)], periods: [{ id: 'p', from: 2024, to: 2025 }] });
    const byUnit = new Map(
      evaluateAwards(input, ruleSet, { year: 2025 }).verdicts.map((v) => [v.unitCode, v]),
    );
    expect(byUnit.get('a')?.verdict).toBe('pass');
    expect(byUnit.get('c')).toMatchObject({
      verdict: 'pass',
      quota: { position: 2, tieBrokenBy: { source: 'period_average' } },
    });
    expect(byUnit.get('b')).toMatchObject({ verdict: 'fail', quota: { position: 3 } });
    expect(byUnit.get('b')?.nearMiss?.check.reason).toBe('outside_quota');
  });

  it('leaves a tie no key breaks at the quota edge to the council', () => {
    const input = facts([unit('a', 90, 95), unit('b', 85, 89.2), unit('c', 85, 89.2)], [2024, 2025]);
    const ruleSet = ruleSetWith({ clauses: [quota(2)], periods: [{ id: 'p', from: 2024, to: 2025 }] });
    const verdicts = evaluateAwards(input, ruleSet, { year: 2025 }).verdicts.map((v) => [
      v.unitCode,
      v.verdict,
    ]);
    expect(verdicts).toEqual([
      ['a', 'pass'],
      ['b', 'needs_confirmation'],
      ['c', 'needs_confirmation'],
    ]);
  });

  it('places a unit that changed block in its new block and records the change', () => {
    const input = facts([unit('a', 90, 95), unit('moved', 99, 99, 'tham-muu')], [2024, 2025]);
    const ruleSet = ruleSetWith({ clauses: [quota(1)], periods: [{ id: 'p', from: 2024, to: 2025 }] });
    const byUnit = new Map(
      evaluateAwards(input, ruleSet, { year: 2025 }).verdicts.map((v) => [v.unitCode, v]),
    );
    expect(byUnit.get('a')).toMatchObject({ verdict: 'pass', block: 'so-nganh', quota: { position: 1 } });
    expect(byUnit.get('moved')).toMatchObject({ block: 'tham-muu', quota: { quota: null } });
    expect(byUnit.get('moved')?.blockHistory).toEqual([
      { year: 2024, block: 'so-nganh' },
      { year: 2025, block: 'tham-muu' },
    ]);
  });
});

describe('evaluateAwards(facts, rules): manual and precedence clauses', () => {
  it('shows a manual criterion as needing confirmation, never as passed', () => {
    const ruleSet = ruleSetWith({
      clauses: [{ id: 'm', type: 'manual', title: { vi: 'Sáng kiến', en: 'Initiative' } }],
    });
    const [verdict] = evaluateAwards(facts([unit('a', 90, 95)], [2024, 2025]), ruleSet, {
      year: 2025,
    }).verdicts;
    expect(verdict?.verdict).toBe('needs_confirmation');
  });

  it('considers a unit meeting both rules under the first only, freeing its quota place', () => {
    const base = ruleSetWith({
      clauses: [{ id: 'v', type: 'value', index: 'PAR', component: 'TOTAL', op: 'at_least', threshold: 90 }],
    });
    const first = base.rules[0];
    if (!first) throw new Error('no rule');
    const second = {
      ...first,
      id: 'r2',
      clauses: [{ id: 'once', type: 'considered_under', rule: 'r' } as const, quota(1)],
    };
    const ruleSet = { ...base, rules: [first, second] };
    const input = facts([unit('a', 90, 95), unit('b', 80, 85)], [2024, 2025]);
    const got = evaluateAwards(input, ruleSet, { year: 2025 }).verdicts.map((v) => [
      v.ruleId,
      v.unitCode,
      v.verdict,
    ]);
    expect(got).toEqual([
      ['r', 'a', 'pass'],
      ['r', 'b', 'fail'],
      ['r2', 'a', 'fail'],
      ['r2', 'b', 'pass'],
    ]);
  });
});
