import type { IndexCode } from '@/domain/catalogue';
import type { AdvisingEntry, AwardFacts, ComparisonFact, PeriodFact, ScoreFact } from './fact-types';

const key = (...parts: readonly (string | number)[]): string => parts.join('\u001f');

/** One unit's series of one component. */
export interface Series {
  readonly index: IndexCode;
  readonly unitCode: string;
  readonly component: string;
}

/** Map lookups over the facts so that evaluating a rule set stays linear in the number of facts. */
export interface FactIndex {
  score(index: IndexCode, unitCode: string, component: string, year: number): ScoreFact | undefined;
  period(index: IndexCode, unitCode: string, component: string): PeriodFact | undefined;
  /** Whether `year` compares with `baseYear` for the series, as the SQL judged it. */
  comparison(series: Series, baseYear: number, year: number): ComparisonFact;
  /** Units with any fact in `year`, with their block and level that year. */
  unitsIn(year: number): readonly ScoreFact[];
  /** The last fact of a unit within [from, to] (its block then applies to period rules). */
  lastIn(unitCode: string, from: number, to: number): ScoreFact | undefined;
  blockHistory(unitCode: string, from: number, to: number): { year: number; block: string }[];
  advisedBy(unitCode: string, year: number): readonly string[];
  advisingAgencies(year: number): readonly string[];
  provinceUnits(): readonly string[];
}

export function indexFacts(facts: AwardFacts): FactIndex {
  const scores = new Map<string, ScoreFact>();
  const periods = new Map<string, PeriodFact>();
  const byUnitYear = new Map<string, ScoreFact>();
  const byYear = new Map<number, ScoreFact[]>();
  const provinces = new Set<string>();
  for (const fact of facts.scores) {
    scores.set(key(fact.index, fact.unitCode, fact.component, fact.year), fact);
    const unitYear = key(fact.unitCode, fact.year);
    // Prefer the PAR TOTAL row as a unit's representative for the year (its block and name).
    const current = byUnitYear.get(unitYear);
    if (!current || (fact.index === 'PAR' && fact.component === 'TOTAL')) byUnitYear.set(unitYear, fact);
    if (fact.level === 'province') provinces.add(fact.unitCode);
  }
  for (const fact of byUnitYear.values()) {
    const list = byYear.get(fact.year) ?? [];
    list.push(fact);
    byYear.set(fact.year, list);
  }
  for (const fact of facts.periods) periods.set(key(fact.index, fact.unitCode, fact.component), fact);
  const comparisons = new Map<string, ComparisonFact>();
  for (const fact of facts.comparisons)
    comparisons.set(key(fact.index, fact.unitCode, fact.component, fact.baseYear, fact.year), fact);
  const advised = new Map<string, string[]>();
  const agencies = new Map<number, Set<string>>();
  for (const entry of facts.advising) advise(advised, agencies, entry);

  return {
    score: (index, unitCode, component, year) => scores.get(key(index, unitCode, component, year)),
    period: (index, unitCode, component) => periods.get(key(index, unitCode, component)),
    comparison({ index, unitCode, component }, baseYear, year) {
      const fact = comparisons.get(key(index, unitCode, component, baseYear, year));
      // The facts are read for the base years the rule set names (factNeeds): a miss is a bug, not data.
      if (!fact) throw new Error(`No comparability read for ${index} ${component} ${baseYear} → ${year}`);
      return fact;
    },
    unitsIn: (year) => byYear.get(year) ?? [],
    lastIn(unitCode, from, to) {
      for (let year = to; year >= from; year -= 1) {
        const fact = byUnitYear.get(key(unitCode, year));
        if (fact) return fact;
      }
      return undefined;
    },
    blockHistory(unitCode, from, to) {
      const history: { year: number; block: string }[] = [];
      for (let year = from; year <= to; year += 1) {
        const fact = byUnitYear.get(key(unitCode, year));
        if (fact && history.at(-1)?.block !== fact.block) history.push({ year, block: fact.block });
      }
      return history;
    },
    advisedBy: (unitCode, year) => advised.get(key(unitCode, year)) ?? [],
    advisingAgencies: (year) => [...(agencies.get(year) ?? [])].sort(),
    provinceUnits: () => [...provinces].sort(),
  };
}

function advise(
  advised: Map<string, string[]>,
  agencies: Map<number, Set<string>>,
  entry: AdvisingEntry,
): void {
  const list = advised.get(key(entry.unitCode, entry.year)) ?? [];
  if (!list.includes(entry.component)) list.push(entry.component);
  list.sort();
  advised.set(key(entry.unitCode, entry.year), list);
  const set = agencies.get(entry.year) ?? new Set<string>();
  set.add(entry.unitCode);
  agencies.set(entry.year, set);
}
