import type { Row } from '@/db/engine';
import { INDEX_CODES, type IndexCode, isIndexCode } from '@/domain/catalogue';
import type { Target } from '@/domain/targets/targets';
import type { Baseline } from '@/lib/baseline-param';
import type { RankNotComparableReason } from '@/sql/rank-statement';
import { rankReason } from './facts';

/** Where the base year comes from: the unit's target, the reader's choice, or the current plans'. */
export type BaseSource = 'target' | 'chosen' | 'plan';

export interface BaseChoice {
  readonly index: IndexCode;
  readonly year: number;
  readonly source: BaseSource;
}

/** One index's change from its base year, as `buildBaseDeltas` gives it for the unit's total. */
export interface BaseFact {
  readonly index: IndexCode;
  readonly source: BaseSource;
  readonly baseYear: number;
  readonly year: number;
  /** The unit has a figure in the base year; without one there is no change to state. */
  readonly hasBase: boolean;
  readonly scoreChange: number | null;
  readonly comparable: boolean | null;
  readonly reason: 'method' | 'merger' | null;
  readonly rank: number | null;
  readonly baseRank: number | null;
  readonly rankChange: number | null;
  readonly rankComparable: boolean | null;
  /** Why the change of rank is not stated as a change; `rankChange` is then null, `rankComparable` false. */
  readonly rankReason: RankNotComparableReason | null;
}

/**
 * The base year of each index: the one the reader chose (`baseline=base&base=…`), else the baseline of
 * the unit's first target on the index's total, else the plans' base year.
 */
export function baseChoices(
  unit: string,
  baseline: Baseline,
  targets: readonly Target[],
  planBaseYear: number,
): BaseChoice[] {
  return INDEX_CODES.map((index) => {
    if (baseline.mode === 'base' && baseline.base !== null)
      return { index, year: baseline.base, source: 'chosen' as const };
    const own = targets.find(
      (target) =>
        target.unit === unit && target.index === index && target.component === 'TOTAL' && target.baselineYear,
    );
    return own?.baselineYear
      ? { index, year: own.baselineYear, source: 'target' as const }
      : { index, year: planBaseYear, source: 'plan' as const };
  });
}

const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);
const bool = (value: unknown): boolean | null => (typeof value === 'boolean' ? value : null);

export function readBaseFacts(rows: readonly Row[], choices: readonly BaseChoice[]): BaseFact[] {
  return rows.flatMap((row) => {
    const index = typeof row.index_code === 'string' ? row.index_code : '';
    const choice = choices.find((candidate) => candidate.index === index);
    const year = num(row.year);
    if (!isIndexCode(index) || !choice || year === null) return [];
    const reason = row.not_comparable_reason;
    const rankNote = rankReason(row.rank_not_comparable_reason);
    return [
      {
        index,
        source: choice.source,
        baseYear: choice.year,
        year,
        hasBase: num(row.previous_year) !== null,
        scoreChange: num(row.score_change),
        comparable: bool(row.comparable),
        reason: reason === 'method' || reason === 'merger' ? reason : null,
        rank: num(row.rank),
        baseRank: num(row.previous_rank),
        rankChange: rankNote === null ? num(row.rank_change) : null,
        rankComparable: rankNote === null ? bool(row.rank_comparable) : false,
        rankReason: rankNote,
      },
    ];
  });
}
