import type * as v from 'valibot';
import type { RowQuery } from '@/db/rows';
import { BOUND_LIST, bindList } from './query';
import { inListOrAll } from './ranks';
import {
  cellStatus,
  count,
  notComparableReason,
  optionalFlag,
  optionalNumber,
  peerScope,
  rankSource,
  row,
  text,
} from './row-columns';
import { type FactsBody, type SeriesOptions, unitFacts, withFacts } from './series';

/**
 * Which earlier year a change is taken against.
 * - `adjacent` (default, what "year-over-year" means): only the year just before. When it is missing,
 *   the change is NULL and `previous_year` still names the last year with data, so the UI can say
 *   "no 2013 figure; last figure 2012" instead of passing a two-year change off as a yearly one.
 * - `previous-available`: the last earlier year with data, however far back (overview cards, sparse
 *   PCI years); the UI must then label the change "vs <previous_year>".
 * Either way a change never crosses a methodology break or a merger of the unit.
 */
export type GapPolicy = 'adjacent' | 'previous-available';

const GAP_CONDITION: Record<GapPolicy, string> = {
  adjacent: 'previous_year = year - 1',
  'previous-available': 'previous_year IS NOT NULL',
};

/**
 * Select-list columns computing the changes from the stored previous values under a gap policy.
 * rank_change needs both ranks from the same source: a published rank among 63 and a rank computed
 * among the few units of a partial file are not on one scale. Positive rank_change = moved up.
 */
export function changeColumns(gapPolicy: GapPolicy): string {
  const counted = `COALESCE(${GAP_CONDITION[gapPolicy]}, false)`;
  return `CASE WHEN ${counted} AND comparable THEN score - previous_score END AS score_change,
    CASE WHEN ${counted} AND comparable AND previous_score <> 0
         THEN 100 * (score - previous_score) / abs(previous_score) END AS pct_change,
    CASE WHEN ${counted} AND rank_comparable AND rank_source = previous_rank_source
         THEN previous_rank - rank END AS rank_change,
    ${counted} AS counted`;
}

export interface YoyOptions extends SeriesOptions {
  readonly gapPolicy?: GapPolicy;
}

/**
 * The change and rank facts every builder over `score_facts` with `changeColumns` returns:
 * `previous_year` is the previous year with data (the change is taken against it only when
 * `comparable`); `rank_change` is places gained (rank 10 → 1 is +9); `comparable` is NULL without a
 * previous year and false across a methodology break or a merger.
 */
export const CHANGE_FACTS = {
  rank: optionalNumber,
  rank_source: rankSource,
  peer_count: count,
  previous_year: optionalNumber,
  previous_rank: optionalNumber,
  score_change: optionalNumber,
  rank_change: optionalNumber,
  comparable: optionalFlag,
  rank_comparable: optionalFlag,
  not_comparable_reason: notComparableReason,
} as const;

export type ChangeFacts = v.InferOutput<ReturnType<typeof row<typeof CHANGE_FACTS>>>;

/** Row of `buildYoyDeltas` (and of `buildBaseDeltas`). */
export const YoyRow = row({
  ...CHANGE_FACTS,
  unit_code: text,
  unit_name: text,
  unit_level: text,
  /** Whose data the row is: its peers are units of the same scope only. */
  data_scope: peerScope,
  component_code: text,
  year: count,
  score: optionalNumber,
  max_score: optionalNumber,
  pct_of_max: optionalNumber,
  status: cellStatus,
  previous_score: optionalNumber,
  pct_change: optionalNumber,
  falling_streak: count,
});
export type YoyRow = v.InferOutput<typeof YoyRow>;

export const YOY_COLUMNS = `unit_code, unit_name, unit_level, data_scope, component_code, year, score, max_score, pct_of_max,
  rank, rank_source, peer_count, status, previous_year, previous_score, previous_rank, score_change,
  pct_change, rank_change, comparable, rank_comparable, not_comparable_reason, falling_streak`;

/** The year-over-year select and order over the CTE `facts` (the facts of `options.units`). */
export function yoyBody(options: YoyOptions, facts = 'facts'): FactsBody {
  const components = inListOrAll('component_code', options.components ?? []);
  return {
    ctes: null,
    select: {
      text: `SELECT ${YOY_COLUMNS}
     FROM (SELECT *, ${changeColumns(options.gapPolicy ?? 'adjacent')} FROM ${facts}
           WHERE unit_code IN (SELECT unnest(${BOUND_LIST}))
             AND ${components.text} AND year BETWEEN ? AND ?)`,
      params: [bindList(options.units), ...components.params, options.from, options.to],
    },
    order: 'unit_code, sort_order, component_code, year',
  };
}

/** Year-over-year table of units × components over a year range (years with data only). */
export function buildYoyDeltas(options: YoyOptions): RowQuery<YoyRow> {
  return withFacts(YoyRow, unitFacts(options), yoyBody(options));
}
