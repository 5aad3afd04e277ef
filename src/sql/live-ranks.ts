import type { IndexCode } from '@/domain/catalogue';
import { BOUND_LIST, bindList } from './query';
import {
  dataScopeColumn,
  datasetPreference,
  type Fragment,
  type PeerBy,
  RANKED_CTE,
  STATUS_SQL,
} from './ranks';

/** Columns of a peer row that decide its peer group (`PEER_PARTITION` but index, constant here). */
const PEER_JOIN: Record<PeerBy, string> = {
  level: `p.year = t.year AND p.component_code = t.component_code AND p.unit_level = t.unit_level
          AND p.data_scope = t.data_scope`,
  block: `p.year = t.year AND p.component_code = t.component_code AND p.unit_level = t.unit_level
          AND p.data_scope = t.data_scope AND p.block = t.block`,
};

/**
 * CTEs `cells`, `cand`, `contested` and `peer_rows` (no leading WITH): `peer_rows` holds the rows `rankedCtes`'
 * `base` keeps (one per level, year, unit and component, the same dataset winning) of one index, but
 * only in the (level, year, component) cells where `units` have a row in some dataset: every peer
 * group of those units lies inside them. The choice among datasets is a window over the rows of the
 * units that more than one dataset holds (`contested`) only: a dataset holds a key once (an import
 * refuses repeated keys), so every other row is its key's only row. After a large import, nearly all
 * rows of a level are of one dataset, and this skips a sort of all of them.
 * Columns: year, unit_code, unit_name, unit_level, block, data_scope, component_code, score,
 * max_score (the row's own, NULL when the file had none), published_rank.
 */
export function livePeersCtes(index: IndexCode, units: readonly string[]): Fragment {
  const dataScope = dataScopeColumn();
  return {
    text: `cells AS (
      SELECT DISTINCT unit_level, year, component_code FROM scores
      WHERE index_code = ? AND unit_code IN (SELECT unnest(${BOUND_LIST}))
    ),
    cand AS (
      SELECT s.dataset_id, d.kind, s.year, s.unit_code, s.unit_name, s.unit_level, s.block,
             ${dataScope.text} AS data_scope, s.component_code, s.score, s.max_score, s.rank AS published_rank
      FROM scores s
      -- A join on the three columns: an IN over a row of them hashes a struct per row, 3× slower.
      SEMI JOIN cells c ON c.unit_level = s.unit_level AND c.year = s.year AND c.component_code = s.component_code
      LEFT JOIN datasets d ON d.dataset_id = s.dataset_id
      WHERE s.index_code = ?
    ),
    contested AS (
      SELECT unit_code FROM (SELECT DISTINCT unit_code, dataset_id FROM cand) GROUP BY unit_code HAVING count(*) > 1
    ),
    peer_rows AS (
      SELECT * EXCLUDE (dataset_id, kind) FROM cand WHERE unit_code NOT IN (SELECT unit_code FROM contested)
      UNION ALL
      SELECT * EXCLUDE (dataset_id, kind) FROM cand WHERE unit_code IN (SELECT unit_code FROM contested)
      QUALIFY row_number() OVER (
        PARTITION BY unit_level, year, unit_code, component_code
        ORDER BY ${datasetPreference('score', 'kind', 'dataset_id')}
      ) = 1
    )`,
    params: [index, bindList(units), ...dataScope.params, index],
  };
}

/**
 * CTEs ending in `ranked`, with the columns of `rankedCtes`' `ranked`, for the rows of `units` only
 * (`units` non-empty): each row's computed rank is one more than the count of its peers with a better
 * score (what RANK() gives: ties share a rank), and its peer count the same sums over the same peers,
 * taken by a join of the few rows of `units` with `peer_rows` rather than by windows over every peer.
 */
export function liveRankedCtes(index: IndexCode, peerBy: PeerBy, units: readonly string[]): Fragment {
  const peers = livePeersCtes(index, units);
  return {
    text: `${peers.text},
    mine AS (
      SELECT ? AS index_code, p.year, p.unit_code, p.unit_name, p.unit_level, p.block, p.data_scope,
             p.component_code, p.score, COALESCE(p.max_score, c.max_score) AS max_score, p.published_rank,
             COALESCE(c.higher_is_better, true) AS higher_is_better, COALESCE(c.sort_order, 999) AS sort_order,
             r.top_only_from,
             (SELECT max(o.peer_count) FROM official_peer_counts o
              WHERE (o.index_code IS NULL OR o.index_code = ?) AND o.unit_level = p.unit_level
                AND p.year >= o.from_year AND (o.to_year IS NULL OR p.year <= o.to_year)) AS official_peer_count
      FROM peer_rows p
      LEFT JOIN component_defs c ON c.index_code = ? AND c.component_code = p.component_code
      LEFT JOIN publication_rules r ON r.index_code = ?
      WHERE p.unit_code IN (SELECT unnest(${BOUND_LIST}))
    ),
    tallies AS (
      SELECT t.year, t.unit_code, t.unit_level, t.component_code,
        count(*) FILTER (WHERE p.score IS NOT NULL AND CASE WHEN t.higher_is_better THEN p.score > t.score
                                                             ELSE p.score < t.score END) AS better,
        count(*) FILTER (WHERE p.score IS NOT NULL OR p.published_rank IS NOT NULL) AS counted,
        max(p.published_rank) AS top_published_rank
      FROM mine t JOIN peer_rows p ON ${PEER_JOIN[peerBy]}
      GROUP BY t.year, t.unit_code, t.unit_level, t.component_code
    ),
    computed AS (
      SELECT m.*,
        CASE WHEN m.score IS NOT NULL THEN 100 * m.score / NULLIF(m.max_score, 0) END AS pct_of_max,
        CASE WHEN m.score IS NOT NULL THEN CAST(n.better + 1 AS INTEGER) END AS computed_rank,
        CAST(GREATEST(n.counted, COALESCE(n.top_published_rank, 0)) AS INTEGER) AS peer_count,
        ${STATUS_SQL} AS status
      FROM mine m JOIN tallies n USING (year, unit_code, unit_level, component_code)
    ),
    ${RANKED_CTE}`,
    params: [...peers.params, index, index, index, index, bindList(units)],
  };
}
