import type { IndexCode } from '@/domain/catalogue';
import { breakColumns, comparabilityColumns } from './comparability';
import { type Fragment, type PeerBy, rankedCtes } from './ranks';

/**
 * CTEs after `rankedCtes`, ending in `deltas`: one row per unit, component and year with data (a
 * score or a rank), with the previous year with data and the comparability flags.
 * - comparable, rank_comparable, not_comparable_reason: the rule of `comparability.ts` between
 *   previous_year and year (NULL without a previous year). A methodology break alone keeps ranks
 *   comparable: they stay positions among the same peers, and the plans' targets ("PAR Index up 10
 *   places vs 2021") compare exactly that.
 * - falling_streak: consecutive yearly comparable falls ending at this year (a missing year ends it).
 * A unit's years are chained within its level and data scope: a change of level is a change of peers
 * (a user's import of a code the sample also holds must not be compared with the sample's year), and keeping
 * every window inside one (index, level) pair lets the facts be recomputed pair by pair. Every window
 * after `ranked` stays inside one unit, so `chained` (a condition on the ranked rows, values bound) can
 * keep the chain to the units a screen shows while their ranks are still taken among all peers.
 * `peers`: whole (index, level, data scope) sets to compute at all (see `rankedCtes`).
 */
export function deltaCtes(
  indices: readonly IndexCode[],
  peerBy: PeerBy,
  components: readonly string[] = [],
  partitions: string | Fragment = 'true',
  chained: Fragment = { text: 'true', params: [] },
  peers: Fragment = { text: 'true', params: [] },
): Fragment {
  const ranked = rankedCtes(indices, peerBy, components, partitions, peers);
  const chain = chainCtes(chained);
  return { text: `${ranked.text},\n    ${chain.text}`, params: [...ranked.params, ...chain.params] };
}

/**
 * The CTEs of `deltaCtes` after `ranked` (no leading comma), ending in `deltas`: they read a CTE named
 * `ranked` with its columns, from `rankedCtes` or from the live ranks of a few units (`live-ranks.ts`).
 */
export function chainCtes(chained: Fragment = { text: 'true', params: [] }): Fragment {
  return {
    text: `present AS (SELECT * FROM ranked WHERE (score IS NOT NULL OR rank IS NOT NULL) AND ${chained.text}),
    stepped AS (
      SELECT *, lag(year) OVER w AS previous_year, lag(score) OVER w AS previous_score,
             lag(rank) OVER w AS previous_rank, lag(rank_source) OVER w AS previous_rank_source
      FROM present
      WINDOW w AS (PARTITION BY index_code, unit_level, data_scope, unit_code, component_code ORDER BY year)
    ),
    judged AS (SELECT st.*, ${breakColumns('st', 'st.previous_year', 'st.year')} FROM stepped st),
    flagged AS (SELECT *, ${comparabilityColumns('previous_year IS NOT NULL')} FROM judged),
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
    params: chained.params,
  };
}
