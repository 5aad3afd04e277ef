import type { IndexCode } from '@/domain/catalogue';
import { type Fragment, type PeerBy, rankedCtes } from './ranks';

/**
 * CTEs after `rankedCtes`, ending in `deltas`: one row per unit, component and year with data (a
 * score or a rank), with the previous year with data and the comparability flags.
 * - comparable: NULL without a previous year; false when a methodology break of this component lies
 *   in (previous_year, year] (PAPI TOTAL 2017→2018) or the unit absorbed others then (merger).
 * - rank_comparable: false across a change of the peer set (2025: 63 → 34 provinces) or a merger. A
 *   methodology break alone keeps ranks comparable: they stay positions among the same peers, and the
 *   plans' targets ("PAR Index up 10 places vs 2021") compare exactly that.
 * - falling_streak: consecutive yearly comparable falls ending at this year (a missing year ends it).
 * A unit's years are chained within its level and data scope: a change of level is a change of peers
 * (a user's import of a code the sample also holds must not be compared with the sample's year), and keeping
 * every window inside one (index, level) pair lets the facts be recomputed pair by pair. Every window
 * after `ranked` stays inside one unit, so `chained` (a condition on the ranked rows, values bound) can
 * keep the chain to the units a screen shows while their ranks are still taken among all peers.
 */
export function deltaCtes(
  indices: readonly IndexCode[],
  peerBy: PeerBy,
  components: readonly string[] = [],
  partitions: string | Fragment = 'true',
  chained: Fragment = { text: 'true', params: [] },
): Fragment {
  const ranked = rankedCtes(indices, peerBy, components, partitions);
  return {
    text: `${ranked.text},
    present AS (SELECT * FROM ranked WHERE (score IS NOT NULL OR rank IS NOT NULL) AND ${chained.text}),
    stepped AS (
      SELECT *, lag(year) OVER w AS previous_year, lag(score) OVER w AS previous_score,
             lag(rank) OVER w AS previous_rank, lag(rank_source) OVER w AS previous_rank_source
      FROM present
      WINDOW w AS (PARTITION BY index_code, unit_level, data_scope, unit_code, component_code ORDER BY year)
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
          OVER (PARTITION BY index_code, unit_level, data_scope, unit_code, component_code ORDER BY year ROWS UNBOUNDED PRECEDING) AS run_id
      FROM (SELECT *, COALESCE(previous_year = year - 1 AND comparable
                      AND CASE WHEN higher_is_better THEN score < previous_score ELSE score > previous_score END,
                      false) AS fell
            FROM flagged)
    ),
    deltas AS (
      SELECT * EXCLUDE (run_id, fell), CASE WHEN fell THEN CAST(row_number() OVER (
          PARTITION BY index_code, unit_level, data_scope, unit_code, component_code, run_id ORDER BY year) - 1 AS INTEGER) ELSE 0 END
        AS falling_streak
      FROM streaks
    )`,
    params: [...ranked.params, ...chained.params],
  };
}
