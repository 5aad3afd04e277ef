import type {
  AdvisingEntry,
  AwardFacts,
  ComparisonFact,
  PeriodFact,
  ScoreFact,
} from '@/domain/awards/fact-types';
import type { RuleSet } from '@/domain/awards/rule-set-types';
import { CATALOGUE, type IndexCode, indexDef } from '@/domain/catalogue';

/**
 * The catalogue's breaks between two years, read apart from the SQL rule (hand-built facts stand in
 * for the SQL's; award-facts.test.ts checks the SQL itself). No merger is built by hand.
 */
function breaksBetween(index: IndexCode, component: string, level: string, from: number, to: number) {
  const [early, late] = from <= to ? [from, to] : [to, from];
  const within = (year: number) => early < year && year <= late;
  return {
    method: indexDef(index).breaks.some(
      (brk) => within(brk.year) && (brk.components === null || brk.components.includes(component)),
    ),
    peers: CATALOGUE.peerBreaks.some((brk) => within(brk.year) && brk.levels.includes(level)),
  };
}

/** Sóc Trăng-like bands for hand-built facts (the SQL computes them for real in award-facts.test.ts). */
const CUTS = [90, 80, 65, 50];
export function bandOf(pct: number | null): { bandId: string | null; bandOrder: number | null } {
  if (pct === null) return { bandId: null, bandOrder: null };
  const i = CUTS.findIndex((cut) => pct >= cut);
  const order = i === -1 ? 5 : i + 1;
  return { bandId: `nhom-${order}`, bandOrder: order };
}

export interface SeriesSpec {
  readonly unit: string;
  readonly index?: IndexCode;
  readonly component?: string;
  /** year → score (null = a published gap) */
  readonly values: Readonly<Record<number, number | null>>;
  readonly max?: number;
  /** year → block, default 'so-nganh' */
  readonly blocks?: Readonly<Record<number, string>>;
  readonly level?: string;
  readonly ranks?: Readonly<Record<number, number>>;
}

/** Score facts of one series with previous-year fields filled the way the SQL fills them. */
export function series(spec: SeriesSpec): ScoreFact[] {
  const index = spec.index ?? 'PAR';
  const component = spec.component ?? 'TOTAL';
  const max = spec.max ?? 100;
  const years = Object.keys(spec.values).map(Number).sort();
  let prev: { year: number; score: number } | null = null;
  return years.map((year) => {
    const score = spec.values[year] ?? null;
    const pct = score === null ? null : (score / max) * 100;
    const fact: ScoreFact = {
      index,
      unitCode: spec.unit,
      unitName: `Name of ${spec.unit}`,
      level: spec.level ?? 'department',
      block: spec.blocks?.[year] ?? 'so-nganh',
      component,
      year,
      score,
      maxScore: max,
      pct,
      publishedRank: spec.ranks?.[year] ?? null,
      prevYear: prev?.year ?? null,
      prevScore: prev?.score ?? null,
      prevPct: prev === null ? null : (prev.score / max) * 100,
      prevMaxScore: prev === null ? null : max,
      comparable: prev !== null && !breaksBetween(index, component, 'any', prev.year, year).method,
      notComparableReason:
        prev !== null && breaksBetween(index, component, 'any', prev.year, year).method ? 'method' : null,
      rankInBlock: null,
      blockSize: null,
      ...bandOf(pct),
    };
    if (score !== null) prev = { year, score };
    return fact;
  });
}

/** Period facts over [from, to] computed from score facts (what buildAwardPeriodFacts returns). */
export function periods(scores: readonly ScoreFact[], from: number, to: number): PeriodFact[] {
  const groups = new Map<string, ScoreFact[]>();
  for (const fact of scores) {
    if (fact.year < from || fact.year > to || fact.score === null) continue;
    const key = `${fact.index}|${fact.unitCode}|${fact.component}`;
    groups.set(key, [...(groups.get(key) ?? []), fact]);
  }
  return [...groups.values()].map((facts) => {
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    const avgPct = mean(facts.map((f) => f.pct ?? 0));
    const first = facts[0];
    const last = facts.at(-1);
    if (!first || !last) throw new Error('empty group');
    return {
      index: first.index,
      unitCode: first.unitCode,
      component: first.component,
      fromYear: from,
      toYear: to,
      years: facts.map((f) => f.year),
      avgScore: mean(facts.map((f) => f.score ?? 0)),
      avgPct,
      ...bandOf(avgPct),
      worstBandOrder: Math.max(...facts.map((f) => f.bandOrder ?? 0)),
      lastBlock: last.block,
      rankInBlock: null,
    };
  });
}

export function facts(
  scores: readonly ScoreFact[][],
  window: [number, number],
  advising: AdvisingEntry[] = [],
): AwardFacts {
  const flat = scores.flat();
  return {
    scores: flat,
    periods: periods(flat, window[0], window[1]),
    comparisons: comparisons(flat),
    advising,
  };
}

/** Every base year from the year before the first fact to the last, against each fact's year. */
function comparisons(scores: readonly ScoreFact[]): ComparisonFact[] {
  const years = scores.map((fact) => fact.year);
  const first = Math.min(...years) - 1;
  const last = Math.max(...years);
  return scores.flatMap((fact) =>
    Array.from({ length: last - first + 1 }, (_, i) => {
      const baseYear = first + i;
      const breaks = breaksBetween(fact.index, fact.component, fact.level, baseYear, fact.year);
      return {
        index: fact.index,
        unitCode: fact.unitCode,
        component: fact.component,
        baseYear,
        year: fact.year,
        comparable: !breaks.method,
        rankComparable: !breaks.peers,
        notComparableReason: breaks.method ? 'method' : null,
      };
    }),
  );
}

const BANDS = [
  { id: 'nhom-1', minPct: 90 },
  { id: 'nhom-2', minPct: 80 },
  { id: 'nhom-3', minPct: 65 },
  { id: 'nhom-4', minPct: 50 },
  { id: 'nhom-5', minPct: null },
].map((band) => ({
  ...band,
  label: { vi: band.id.replace('nhom-', 'Nhóm '), en: band.id.replace('nhom-', 'Group ') },
}));

/** A one-rule rule set around the clauses under test. */
export function ruleSetWith(
  spec: Partial<RuleSet['rules'][number]> &
    Pick<RuleSet['rules'][number], 'clauses'> & { periods?: RuleSet['periods'] },
): RuleSet {
  const { periods: ownPeriods, ...rule } = spec;
  return {
    format: 'award-rule-set/1',
    id: 'test',
    version: '1.0.0',
    title: { vi: 'Thử', en: 'Test' },
    source: { document: 'test' },
    periods: ownPeriods ?? [{ id: '2021-2025', from: 2021, to: 2025 }],
    bands: [
      {
        index: 'PAR',
        component: 'TOTAL',
        level: null,
        block: null,
        fromYear: 2000,
        toYear: null,
        bands: BANDS,
      },
    ],
    rules: [
      {
        id: 'r',
        title: { vi: 'R', en: 'R' },
        award: 'certificate',
        scope: 'year',
        subject: { kind: 'blocks', blocks: ['so-nganh', 'tham-muu'] },
        ...rule,
      },
    ],
  };
}
