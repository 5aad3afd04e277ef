import type { IndexCode } from '@/domain/catalogue';
import { BOUND_LIST, bindList, type Query, query } from './query';
import {
  type CellStatus,
  type Fragment,
  inListOrAll,
  type PeerBy,
  type RankSource,
  rankedCtes,
} from './ranks';

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

/**
 * CTEs after `rankedCtes`, ending in `deltas`: one row per unit, component and year with data (a
 * score or a rank), with the previous year with data and the comparability flags.
 * - comparable: NULL without a previous year; false when a methodology break of this component lies
 *   in (previous_year, year] (PAPI TOTAL 2017→2018) or the unit absorbed others then (merger).
 * - rank_comparable: false across a change of the peer set (2025: 63 → 34 provinces) or a merger. A
 *   methodology break alone keeps ranks comparable: they stay positions among the same peers, and the
 *   plans' targets ("PAR Index up 10 places vs 2021") compare exactly that.
 * - falling_streak: consecutive yearly comparable falls ending at this year (a missing year ends it).
 * A unit's years are chained within its level: a change of level is a change of peers, and keeping
 * every window inside one (index, level) pair lets the facts be recomputed pair by pair.
 */
export function deltaCtes(
  indices: readonly IndexCode[],
  peerBy: PeerBy,
  components: readonly string[] = [],
  partitions = 'true',
): Fragment {
  const ranked = rankedCtes(indices, peerBy, components, partitions);
  return {
    text: `${ranked.text},
    present AS (SELECT * FROM ranked WHERE score IS NOT NULL OR rank IS NOT NULL),
    stepped AS (
      SELECT *, lag(year) OVER w AS previous_year, lag(score) OVER w AS previous_score,
             lag(rank) OVER w AS previous_rank, lag(rank_source) OVER w AS previous_rank_source
      FROM present
      WINDOW w AS (PARTITION BY index_code, unit_level, unit_code, component_code ORDER BY year)
    ),
    breaks AS (
      SELECT st.index_code, st.unit_level, st.unit_code, st.component_code, st.year,
        bool_or(mb.year IS NOT NULL) AS method_break
      FROM stepped st LEFT JOIN method_breaks mb ON mb.index_code = st.index_code
        AND (mb.component_code IS NULL OR mb.component_code = st.component_code)
        AND mb.year > st.previous_year AND mb.year <= st.year
      GROUP BY st.index_code, st.unit_level, st.unit_code, st.component_code, st.year
    ),
    judged AS (
      SELECT st.*, b.method_break,
        EXISTS (SELECT 1 FROM lineage l WHERE l.new_code = st.unit_code AND l.old_code <> l.new_code
                  AND l.effective_year > st.previous_year AND l.effective_year <= st.year) AS merged,
        EXISTS (SELECT 1 FROM peer_breaks pb WHERE pb.unit_level = st.unit_level
                  AND pb.year > st.previous_year AND pb.year <= st.year) AS peer_break
      FROM stepped st JOIN breaks b USING (index_code, unit_level, unit_code, component_code, year)
    ),
    flagged AS (
      SELECT *,
        CASE WHEN previous_year IS NOT NULL THEN NOT (method_break OR merged) END AS comparable,
        CASE WHEN previous_year IS NOT NULL THEN NOT (peer_break OR merged) END AS rank_comparable,
        CASE WHEN merged THEN 'merger' WHEN method_break THEN 'method' END AS not_comparable_reason
      FROM judged
    ),
    streaks AS (
      SELECT *,
        sum(CASE WHEN fell THEN 0 ELSE 1 END)
          OVER (PARTITION BY index_code, unit_level, unit_code, component_code ORDER BY year ROWS UNBOUNDED PRECEDING) AS run_id
      FROM (SELECT *, COALESCE(previous_year = year - 1 AND comparable
                      AND CASE WHEN higher_is_better THEN score < previous_score ELSE score > previous_score END,
                      false) AS fell
            FROM flagged)
    ),
    deltas AS (
      SELECT * EXCLUDE (run_id, fell), CASE WHEN fell THEN CAST(row_number() OVER (
          PARTITION BY index_code, unit_level, unit_code, component_code, run_id ORDER BY year) - 1 AS INTEGER) ELSE 0 END
        AS falling_streak
      FROM streaks
    )`,
    params: ranked.params,
  };
}

export interface YoyOptions {
  readonly index: IndexCode;
  readonly units: readonly string[];
  /** Empty = every component. */
  readonly components?: readonly string[];
  readonly from: number;
  readonly to: number;
  readonly peerBy?: PeerBy;
  readonly gapPolicy?: GapPolicy;
}

/** The change and rank facts every builder over `score_facts` with `changeColumns` returns. */
export interface ChangeFacts {
  readonly rank: number | null;
  readonly rank_source: RankSource | null;
  readonly peer_count: number;
  /** The previous year with data; the change is taken against it only when `comparable`. */
  readonly previous_year: number | null;
  readonly previous_rank: number | null;
  readonly score_change: number | null;
  /** Places gained: positive = moved up (rank 10 → 1 is +9). */
  readonly rank_change: number | null;
  /** NULL without a previous year; false across a methodology break or a merger. */
  readonly comparable: boolean | null;
  readonly rank_comparable: boolean | null;
  readonly not_comparable_reason: 'method' | 'merger' | null;
}

/** Row shape of `buildYoyDeltas`. */
export interface YoyRow extends ChangeFacts {
  readonly unit_code: string;
  readonly unit_name: string;
  readonly unit_level: string;
  readonly component_code: string;
  readonly year: number;
  readonly score: number | null;
  readonly max_score: number | null;
  readonly pct_of_max: number | null;
  readonly status: CellStatus;
  readonly previous_score: number | null;
  readonly pct_change: number | null;
  readonly falling_streak: number;
}

export const YOY_COLUMNS = `unit_code, unit_name, unit_level, component_code, year, score, max_score, pct_of_max,
  rank, rank_source, peer_count, status, previous_year, previous_score, previous_rank, score_change,
  pct_change, rank_change, comparable, rank_comparable, not_comparable_reason, falling_streak`;

/** Year-over-year table of units × components over a year range (years with data only). */
export function buildYoyDeltas(options: YoyOptions): Query {
  const components = inListOrAll('component_code', options.components ?? []);
  return query(
    `SELECT ${YOY_COLUMNS}
     FROM (SELECT *, ${changeColumns(options.gapPolicy ?? 'adjacent')} FROM score_facts
           WHERE peer_by = ? AND index_code = ? AND unit_code IN (SELECT unnest(${BOUND_LIST}))
             AND ${components.text} AND year BETWEEN ? AND ?)
     ORDER BY unit_code, sort_order, component_code, year`,
    [
      options.peerBy ?? 'level',
      options.index,
      bindList(options.units),
      ...components.params,
      options.from,
      options.to,
    ],
  );
}
