import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Row, SqlEngine } from '@/db/engine';
import { readRows } from '@/db/rows';
import { evaluateAwards } from '@/domain/awards/evaluate-awards';
import type { BandScheme, RuleSet } from '@/domain/awards/rule-set-types';
import {
  type AwardFactScope,
  buildAwardComparisons,
  buildAwardPeriodFacts,
  buildAwardScoreFacts,
} from '@/sql/award-facts';
import { insertBundledFiles } from '@/sql/bundled-load';
import { startAnalyticsEngine } from '../../support/load-fixture';

const label = { vi: 'x', en: 'x' };
/** A general scheme and a stricter one for the advising block: the most specific must win. */
const BANDS: readonly BandScheme[] = [
  {
    index: 'PAR',
    component: 'TOTAL',
    level: null,
    block: null,
    fromYear: 2020,
    toYear: null,
    bands: [
      { id: 'nhom-1', label, minPct: 90 },
      { id: 'nhom-2', label, minPct: 80 },
      { id: 'nhom-3', label, minPct: 65 },
      { id: 'nhom-4', label, minPct: 50 },
      { id: 'nhom-5', label, minPct: null },
    ],
  },
  {
    index: 'PAR',
    component: 'TOTAL',
    level: null,
    block: 'tham-muu',
    fromYear: 2020,
    toYear: null,
    bands: [
      { id: 'xuat-sac', label, minPct: 95 },
      { id: 'tot', label, minPct: 85 },
      { id: 'con-lai', label, minPct: null },
    ],
  },
];
const SCOPE: AwardFactScope = {
  datasetIds: ['fx'],
  indices: ['PAR', 'SIPAS'],
  fromYear: 2023,
  toYear: 2024,
  bands: BANDS,
};
const golden = JSON.parse(readFileSync('test/fixtures/awards/award-facts.golden.json', 'utf8')) as {
  scores: Row[];
  periods: Row[];
};

let engine: SqlEngine;
beforeAll(async () => {
  engine = await startAnalyticsEngine();
  await engine.registerFile(
    'award-facts-fixture.csv',
    readFileSync('test/fixtures/awards/award-facts-fixture.csv'),
  );
  const insert = insertBundledFiles([{ datasetId: 'fx', path: 'mem/award-facts-fixture.csv' }]);
  await engine.query(insert.text, insert.params);
  // Another dataset with the same units must not leak into the facts.
  const other = insertBundledFiles([{ datasetId: 'other', path: 'mem/award-facts-fixture.csv' }]);
  await engine.query(other.text, other.params);
}, 30_000);

const round = (rows: Row[]) =>
  rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([k, v]) => [k, typeof v === 'number' ? Math.round(v * 1e4) / 1e4 : v]),
    ),
  );

describe('award facts SQL on a fixture, real DuckDB', () => {
  it('binds every value: the text holds placeholders, not thresholds or codes', () => {
    const query = buildAwardScoreFacts(SCOPE);
    expect(query.text).not.toMatch(/tham-muu|nhom-1|\b95\b|'fx'/);
    expect(query.params).toContain('tham-muu');
  });

  it('computes value, % of max, previous value, band and rank in block per year (golden)', async () => {
    const query = buildAwardScoreFacts(SCOPE);
    expect(round(await engine.query(query.text, query.params))).toEqual(golden.scores);
  });

  it('computes period averages, the band of the average and its rank in the last block (golden)', async () => {
    const query = buildAwardPeriodFacts({ ...SCOPE, fromYear: 2022 });
    expect(round(await engine.query(query.text, query.params))).toEqual(golden.periods);
  });

  it('works with no band scheme at all (bands stay null)', async () => {
    const query = buildAwardPeriodFacts({ ...SCOPE, bands: [] });
    const rows = await engine.query(query.text, query.params);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.band_id === null)).toBe(true);
  });

  it('decides comparability by the one SQL rule: a method break, then a merger into the unit', async () => {
    const pick = async () => {
      const query = buildAwardScoreFacts(SCOPE);
      const rows = await engine.query(query.text, query.params);
      const of = (year: number) =>
        rows.find((r) => r.unit_code === 'a' && r.component_code === 'TOTAL' && r.year === year);
      return [of(2023), of(2024)].map((row) => [row?.comparable, row?.not_comparable_reason]);
    };
    // PAR's catalogue has a methodology break in 2024, none in 2023.
    expect(await pick()).toEqual([
      [true, null],
      [false, 'method'],
    ]);
    await engine.query(
      "INSERT INTO lineage VALUES ('z', 'a', 2023, 'Z', 'A', 'test'), ('a', 'a', 2023, 'A', 'A', 'test')",
    );
    try {
      expect(await pick()).toEqual([
        [false, 'merger'],
        [false, 'method'],
      ]);
    } finally {
      await engine.query("DELETE FROM lineage WHERE source = 'test'");
    }
  });

  it("says whether a year compares with a clause's base year and with the year before", async () => {
    const comparisons = async () =>
      (await readRows(engine, buildAwardComparisons(SCOPE, { years: [2022], priorYear: true })))
        .filter((fact) => fact.index === 'PAR' && fact.unitCode === 'a' && fact.component === 'TOTAL')
        .map((fact) => [
          fact.baseYear,
          fact.year,
          fact.comparable,
          fact.rankComparable,
          fact.notComparableReason,
        ]);
    // PAR's methodology breaks in 2022 and 2024: 2022 → 2023 compares, 2022 → 2024 and 2023 → 2024 do not.
    expect(await comparisons()).toEqual([
      [2022, 2023, true, true, null],
      [2022, 2024, false, true, 'method'],
      [2023, 2024, false, true, 'method'],
    ]);
    await engine.query("INSERT INTO lineage VALUES ('z', 'a', 2023, 'Z', 'A', 'test')");
    try {
      expect((await comparisons())[0]).toEqual([2022, 2023, false, false, 'merger']);
    } finally {
      await engine.query("DELETE FROM lineage WHERE source = 'test'");
    }
  });

  it('judges a clause with a base year across a methodology break not assessable, by the SQL flag', async () => {
    const ruleSet: RuleSet = {
      format: 'award-rule-set/1',
      id: 'test',
      version: '1.0.0',
      title: label,
      source: { document: 'test' },
      periods: [{ id: '2021-2025', from: 2021, to: 2025 }],
      bands: [],
      rules: [
        {
          id: 'r',
          title: label,
          award: 'certificate',
          scope: 'year',
          subject: { kind: 'units', units: ['a'] },
          clauses: [{ id: 'c', type: 'rose', index: 'PAR', component: 'TOTAL', baseYear: 2022 }],
        },
      ],
    };
    const judge = async (year: number) => {
      const scope = { ...SCOPE, indices: ['PAR' as const], fromYear: 2022, toYear: year };
      const bases = { years: [2022], priorYear: false };
      const facts = {
        scores: await readRows(engine, buildAwardScoreFacts(scope)),
        periods: [],
        comparisons: await readRows(engine, buildAwardComparisons(scope, bases)),
        advising: [],
      };
      return evaluateAwards(facts, ruleSet, { year }).verdicts[0]?.clauses[0]?.checks[0];
    };
    // 88 → 91.5 within one method; 88 → 49.99 across the 2024 break: not a plain fall.
    expect(await judge(2023)).toMatchObject({ verdict: 'pass', reason: 'rose', years: [2022, 2023] });
    expect(await judge(2024)).toMatchObject({ verdict: 'not_assessable', reason: 'methodology_break' });
  });
});
