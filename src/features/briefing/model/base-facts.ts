import { INDEX_CODES, type IndexCode } from '@/domain/catalogue';
import type { Target } from '@/domain/targets/targets';
import type { Baseline } from '@/lib/baseline-param';
import type { BaseDeltaRow } from '@/sql/base-deltas';

/** Where the base year comes from: the unit's target, the reader's choice, or the current plans'. */
export type BaseSource = 'target' | 'chosen' | 'plan';

export interface BaseChoice {
  readonly index: IndexCode;
  readonly year: number;
  readonly source: BaseSource;
}

/**
 * One index's change from its base year: the row `buildBaseDeltas` gives for the unit's total (its
 * previous year and rank are the base year's), with where that base year comes from.
 */
export interface BaseFact
  extends Pick<
    BaseDeltaRow,
    | 'index_code'
    | 'year'
    | 'score_change'
    | 'comparable'
    | 'not_comparable_reason'
    | 'rank'
    | 'previous_rank'
    | 'rank_change'
    | 'rank_comparable'
    | 'rank_not_comparable_reason'
  > {
  readonly source: BaseSource;
  readonly base_year: number;
  /** The unit has a figure in the base year; without one there is no change to state. */
  readonly has_base: boolean;
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

/**
 * The unit's total of each chosen base year's index. A change of rank the briefing may not state as a
 * change (`rank_not_comparable_reason`) is none here: its `rank_change` is null, `rank_comparable` false.
 */
export function toBaseFacts(rows: readonly BaseDeltaRow[], choices: readonly BaseChoice[]): BaseFact[] {
  return rows.flatMap((row) => {
    const choice = choices.find((candidate) => candidate.index === row.index_code);
    if (!choice) return [];
    const stated = row.rank_not_comparable_reason === null;
    return [
      {
        index_code: row.index_code,
        source: choice.source,
        base_year: choice.year,
        year: row.year,
        has_base: row.previous_year !== null,
        score_change: row.score_change,
        comparable: row.comparable,
        not_comparable_reason: row.not_comparable_reason,
        rank: row.rank,
        previous_rank: row.previous_rank,
        rank_change: stated ? row.rank_change : null,
        rank_comparable: stated ? row.rank_comparable : false,
        rank_not_comparable_reason: row.rank_not_comparable_reason,
      },
    ];
  });
}
