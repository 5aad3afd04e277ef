import type { SqlParam } from '@/db/engine';
import { INTERNAL_LEVELS } from '@/domain/awards/internal-units';
import type { IndexCode } from '@/domain/catalogue';
import type { PeerScope } from '@/domain/data-scope';
import { BOUND_LIST, bindList } from './query';

/** Who a unit is ranked against: units of its level, or of its level and block (a province's khối). */
export type PeerBy = 'level' | 'block';

/** Each peer grouping as the SQL literal stored in `score_facts.peer_by` (a closed list, never a value). */
export const PEER_BY_LITERAL: Record<PeerBy, string> = { level: "'level'", block: "'block'" };

/**
 * A peer group to show: one level, or one block within a level, of one data scope (the user's own
 * units, the sample province's, or the published ones). Without `scope` the rows of every scope come
 * back, each still ranked among its own scope only.
 */
export type PeerGroup =
  | { readonly by: 'level'; readonly level: string; readonly scope?: PeerScope }
  | { readonly by: 'block'; readonly level: string; readonly block: string; readonly scope?: PeerScope };

/**
 * Whose data a row of `scores` (alias `s`, its dataset `d`) is: the user's imports of a province's own
 * units are `own`, the bundled sample province is `sample`, the rest (published tables, and imports of
 * provinces or ministries, which extend them) is `published`. The same split as `buildScopeUnits`.
 * Peers are only ever units of one scope: a user's departments are never ranked among the sample's.
 */
export function dataScopeColumn(): Fragment {
  return {
    text: `CASE WHEN d.kind = 'sample' THEN 'sample'
             WHEN d.kind = 'imported' AND list_contains(${BOUND_LIST}, s.unit_level) THEN 'own'
             ELSE 'published' END`,
    params: [bindList(INTERNAL_LEVELS)],
  };
}

const PEER_PARTITION: Record<PeerBy, string> = {
  level: 'index_code, year, component_code, unit_level, data_scope',
  block: 'index_code, year, component_code, unit_level, block, data_scope',
};

/** `PARTITION BY` columns of one peer group (for window functions over the ranked rows). */
export function peerPartition(peerBy: PeerBy): string {
  return PEER_PARTITION[peerBy];
}

/** A text fragment and its params, to be placed in a larger query in order. */
export interface Fragment {
  readonly text: string;
  readonly params: readonly SqlParam[];
}

/** `column IN list`, or every row when the list is empty; `column` is a fixed name, never user text. */
export function inListOrAll(column: string, values: readonly string[]): Fragment {
  return {
    text: `(? OR ${column} IN (SELECT unnest(${BOUND_LIST})))`,
    params: [values.length === 0, bindList(values)],
  };
}

/** Rows of one data scope (`data_scope` of the ranked rows), or of every scope when none is given. */
export function peerScopeFilter(scope: PeerScope | undefined): Fragment {
  return { text: '(? OR data_scope = ?)', params: [scope === undefined, scope ?? ''] };
}

/** Peer-group filter on the ranked rows (a level, the block when the group is a block, the scope). */
export function peerGroupFilter(group: PeerGroup): Fragment {
  const scope = peerScopeFilter(group.scope);
  return group.by === 'block'
    ? {
        text: `(unit_level = ? AND block = ? AND ${scope.text})`,
        params: [group.level, group.block, ...scope.params],
      }
    : { text: `(unit_level = ? AND ${scope.text})`, params: [group.level, ...scope.params] };
}

/**
 * CTEs `base`, `computed` and `ranked` (no leading WITH). `base` holds one row per index, level, year,
 * unit and component: when several datasets hold the same row, a scored row wins, then imported over
 * published over sample, and the row's dataset says its `data_scope`. Nothing crosses an (index, level) pair, so `partitions` (a fixed SQL condition
 * on `s`, its values bound) can narrow the rows to whole pairs without changing a result. `ranked` adds
 * % of max, the published rank, a rank computed with RANK() among peers (same level, block when
 * grouped by block, and same data scope)
 * (ties share a rank; direction from component_defs), and the peer count.
 *
 * peer_count counts peers with a score or a published rank, raised to the largest published rank:
 * the bundled PCI is partial, and "21st of 14" would be false. A published rank is among every unit
 * of the level (official_peer_counts: 63 provinces until 2024), so its peer count is at least that.
 *
 * `peers` (a condition on `base`, values bound) keeps whole (index, level, data scope) sets after the
 * choice among datasets: every window partitions by data scope, so the rows kept get the same facts.
 */
export function rankedCtes(
  indices: readonly IndexCode[],
  peerBy: PeerBy,
  components: readonly string[] = [],
  partitions: string | Fragment = 'true',
  peers: Fragment = { text: 'true', params: [] },
): Fragment {
  const partition = PEER_PARTITION[peerBy];
  const componentFilter = inListOrAll('s.component_code', components);
  const pairs = typeof partitions === 'string' ? { text: partitions, params: [] } : partitions;
  const dataScope = dataScopeColumn();
  return {
    text: `base AS (
      SELECT s.index_code, s.year, s.unit_code, s.unit_name, s.unit_level, s.block, ${dataScope.text} AS data_scope,
             s.component_code,
             s.score, COALESCE(s.max_score, c.max_score) AS max_score, s.rank AS published_rank,
             COALESCE(c.higher_is_better, true) AS higher_is_better, COALESCE(c.sort_order, 999) AS sort_order,
             p.top_only_from,
             (SELECT max(o.peer_count) FROM official_peer_counts o
              WHERE (o.index_code IS NULL OR o.index_code = s.index_code) AND o.unit_level = s.unit_level
                AND s.year >= o.from_year AND (o.to_year IS NULL OR s.year <= o.to_year)) AS official_peer_count
      FROM scores s
      LEFT JOIN datasets d ON d.dataset_id = s.dataset_id
      LEFT JOIN component_defs c ON c.index_code = s.index_code AND c.component_code = s.component_code
      LEFT JOIN publication_rules p ON p.index_code = s.index_code
      WHERE s.index_code IN (SELECT unnest(${BOUND_LIST})) AND ${componentFilter.text} AND ${pairs.text}
      QUALIFY row_number() OVER (
        PARTITION BY s.index_code, s.unit_level, s.year, s.unit_code, s.component_code
        ORDER BY ${datasetPreference('s.score', 'd.kind', 's.dataset_id')}
      ) = 1
    ),
    computed AS (
      SELECT *,
        CASE WHEN score IS NOT NULL THEN 100 * score / NULLIF(max_score, 0) END AS pct_of_max,
        CASE WHEN score IS NOT NULL THEN CAST(RANK() OVER (
          PARTITION BY ${partition} ORDER BY CASE WHEN higher_is_better THEN -score ELSE score END NULLS LAST
        ) AS INTEGER) END AS computed_rank,
        CAST(GREATEST(
          sum(CASE WHEN score IS NOT NULL OR published_rank IS NOT NULL THEN 1 ELSE 0 END) OVER (PARTITION BY ${partition}),
          COALESCE(max(published_rank) OVER (PARTITION BY ${partition}), 0)
        ) AS INTEGER) AS peer_count,
        ${STATUS_SQL} AS status
      FROM base WHERE ${peers.text}
    ),
    ${RANKED_CTE}`,
    params: [
      ...dataScope.params,
      bindList(indices),
      ...componentFilter.params,
      ...pairs.params,
      ...peers.params,
    ],
  };
}

/**
 * Why a cell has (or lacks) a value. From an index's top-only year (PCI 2023+), a missing score is
 * "not published", which the UI says in words; it is never 0 and never ranked.
 */
export const STATUS_SQL = `CASE WHEN score IS NOT NULL THEN 'scored'
          WHEN published_rank IS NOT NULL THEN 'rank_only'
          WHEN top_only_from IS NOT NULL AND year >= top_only_from THEN 'not_published'
          ELSE 'missing' END`;

/**
 * Which dataset's row of a key is used where several hold it: one with a score, then an import over the
 * published tables over the sample, then the first loaded. Columns are named by the caller's code only.
 */
export function datasetPreference(score: string, kind: string, datasetId: string): string {
  return `${score} IS NULL, CASE ${kind} WHEN 'imported' THEN 0 WHEN 'published' THEN 1 ELSE 2 END, ${datasetId}`;
}

/**
 * The rank shown from the `computed` CTE: a published rank wins over the one computed here, and the peer
 * count never falls below the official count of a year whose ranks were published.
 */
export const RANKED_CTE = `ranked AS (
      SELECT * REPLACE (
          CASE WHEN published_rank IS NOT NULL AND official_peer_count IS NOT NULL
               THEN GREATEST(peer_count, official_peer_count) ELSE peer_count END AS peer_count),
        COALESCE(published_rank, computed_rank) AS rank,
        CASE WHEN published_rank IS NOT NULL THEN 'published' WHEN computed_rank IS NOT NULL THEN 'computed' END
          AS rank_source
      FROM computed
    )`;

export type { CellStatus, RankSource } from './row-columns';
