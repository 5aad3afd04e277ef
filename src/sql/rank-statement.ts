/** Why a change of rank is not stated as a change in the briefing's words (NULL: it may be stated). */
export const RANK_NOT_COMPARABLE_REASONS = ['method', 'merger', 'peers', 'partial'] as const;
export type RankNotComparableReason = (typeof RANK_NOT_COMPARABLE_REASONS)[number];

/** Columns of one row that the rule reads; fixed names or expressions from the builders, never values. */
export interface RankStatementColumns {
  readonly rank: string;
  readonly previousRank: string;
  readonly rankSource: string;
  readonly previousRankSource: string;
  readonly rankComparable: string;
  readonly notComparableReason: string;
  /** The later of the two years, and the first year of a top-N-only release of the index. */
  readonly laterYear: string;
  readonly topOnlyFrom: string;
}

/**
 * The reason a change of rank between two years is not stated as a plain change in a sentence:
 * - `merger`: the unit absorbed others between the years;
 * - `peers`: the set of ranked units changed (63 → 34 provinces);
 * - `method`: the score the rank orders was computed by another methodology (positions among the same
 *   peers stay comparable for a plan's rank target, which the target verdict judges, but a sentence
 *   that says "không so sánh được" for the score must not say "tăng 1 bậc" beside it);
 * - `partial`: a rank computed from the loaded data in a year the publisher released only its top N
 *   units, a position among those that happen to be loaded, not among every unit.
 */
export function rankNotComparableSql(c: RankStatementColumns): string {
  return `CASE WHEN ${c.rank} IS NULL OR ${c.previousRank} IS NULL THEN NULL
      WHEN ${c.notComparableReason} = 'merger' THEN 'merger'
      WHEN ${c.rankComparable} = false THEN 'peers'
      WHEN ${c.notComparableReason} = 'method' THEN 'method'
      WHEN (${c.rankSource} = 'computed' OR ${c.previousRankSource} = 'computed')
        AND ${c.laterYear} >= ${c.topOnlyFrom} THEN 'partial'
    END`;
}

/** The columns of `score_facts` (a year and its previous year with data). */
export const FACTS_RANK_COLUMNS: RankStatementColumns = {
  rank: 'rank',
  previousRank: 'previous_rank',
  rankSource: 'rank_source',
  previousRankSource: 'previous_rank_source',
  rankComparable: 'rank_comparable',
  notComparableReason: 'not_comparable_reason',
  laterYear: 'year',
  topOnlyFrom: 'top_only_from',
};
