import type { IndexCode } from '@/domain/catalogue';

/** One unit's value of one component in one year, with what SQL derived around it. */
export interface ScoreFact {
  readonly index: IndexCode;
  readonly unitCode: string;
  readonly unitName: string;
  readonly level: string;
  readonly block: string;
  readonly component: string;
  readonly year: number;
  readonly score: number | null;
  readonly maxScore: number | null;
  readonly pct: number | null;
  /** The rank column of the file (e.g. national rank of a province). */
  readonly publishedRank: number | null;
  /** Latest earlier year with a value, and that value; null when the series starts here. */
  readonly prevYear: number | null;
  readonly prevScore: number | null;
  readonly prevPct: number | null;
  readonly prevMaxScore: number | null;
  /** False without a previous year, or across a methodology break or a merger into the unit (SQL decides). */
  readonly comparable: boolean;
  /** Why a previous year is not comparable: a methodology break, or the unit absorbed others. */
  readonly notComparableReason: 'method' | 'merger' | null;
  readonly rankInBlock: number | null;
  readonly blockSize: number | null;
  readonly bandId: string | null;
  readonly bandOrder: number | null;
}

/**
 * Whether a unit's value (and rank) of `year` may be set against those of `baseYear`: the SQL decides
 * (src/sql/comparability.ts), for the base years the clauses name and the year before each year.
 */
export interface ComparisonFact {
  readonly index: IndexCode;
  readonly unitCode: string;
  readonly component: string;
  readonly baseYear: number;
  readonly year: number;
  /** False across a methodology break or a merger into the unit. */
  readonly comparable: boolean;
  /** False across a change of the level's peers (63 → 34 provinces) or a merger into the unit. */
  readonly rankComparable: boolean;
  readonly notComparableReason: 'method' | 'merger' | null;
}

/** Aggregates of one unit's component over an evaluation window. */
export interface PeriodFact {
  readonly index: IndexCode;
  readonly unitCode: string;
  readonly component: string;
  readonly fromYear: number;
  readonly toYear: number;
  readonly years: readonly number[];
  readonly avgScore: number | null;
  readonly avgPct: number | null;
  readonly bandId: string | null;
  readonly bandOrder: number | null;
  readonly worstBandOrder: number | null;
  readonly lastBlock: string;
  readonly rankInBlock: number | null;
}

/** Which agency advises which PAR component in a year (data/registry/*-advising.csv). */
export interface AdvisingEntry {
  readonly year: number;
  readonly component: string;
  readonly unitCode: string;
}

export interface AwardFacts {
  readonly scores: readonly ScoreFact[];
  readonly periods: readonly PeriodFact[];
  readonly comparisons: readonly ComparisonFact[];
  readonly advising: readonly AdvisingEntry[];
}
