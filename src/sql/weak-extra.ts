import type * as v from 'valibot';
import type { RowQuery } from '@/db/rows';
import type { IndexCode } from '@/domain/catalogue';
import { rowQuery } from './query';
import { dataScopeColumn, inListOrAll, type PeerGroup, peerGroupFilter, peerScopeFilter } from './ranks';
import { cellStatus, count, flag, peerScope, row, text, textList } from './row-columns';
import { WEAK_COLUMNS, WEAK_ROW, type WeakCriteria, weakCtes } from './weak-components';

/** Row shape of `buildPeerChoices`: one peer group (level and block of one data scope) of one year. */
export const PeerChoiceRow = row({
  year: count,
  unit_level: text,
  /** Equal to `unit_level` when the units of that level have no blocks. */
  block: text,
  /** Whose units: a level of the user's own data and the same level of the sample are two groups. */
  data_scope: peerScope,
  units: count,
  /** Dataset kinds behind the group (published, sample, imported). */
  kinds: textList,
});
export type PeerChoiceRow = v.InferOutput<typeof PeerChoiceRow>;

/**
 * Years, levels and blocks with data for one index, so the weak-points screen offers only peer groups
 * that exist. Read from `scores` (not the derived table) to know which kinds of dataset are behind
 * each group: a group fed by the bundled sample must say so on screen. A unit without a block has its
 * level as block (the loaders do that), so `block = unit_level` means "no blocks". Groups are per data
 * scope, as the ranks are: the user's own departments and the sample's are two groups.
 */
export function buildPeerChoices(index: IndexCode): RowQuery<PeerChoiceRow> {
  const dataScope = dataScopeColumn();
  return rowQuery(
    PeerChoiceRow,
    `SELECT s.year, s.unit_level, s.block, ${dataScope.text} AS data_scope,
            CAST(count(DISTINCT s.unit_code) AS INTEGER) AS units,
            string_agg(DISTINCT d.kind, ',' ORDER BY d.kind) AS kinds
     FROM scores s LEFT JOIN datasets d USING (dataset_id)
     WHERE s.index_code = ? AND (s.score IS NOT NULL OR s.rank IS NOT NULL)
     GROUP BY ALL
     ORDER BY s.year DESC, s.unit_level, s.block, data_scope`,
    [...dataScope.params, index],
  );
}

export interface WeakScreenOptions {
  readonly index: IndexCode;
  readonly year: number;
  /**
   * The heatmap's peer group; its `by` also sets the peers of the list's medians, ranks and best, and
   * its `scope` the data scope of the list too (one scope's units are never listed among another's).
   */
  readonly peer: PeerGroup;
  /** Filters of the priority list (empty = all). */
  readonly levels: readonly string[];
  readonly blocks: readonly string[];
  readonly criteria: WeakCriteria;
}

/** Row shape of `buildWeakScreen`: a weak row with the heatmap's status and where the row belongs. */
export const WeakScreenRow = row({
  ...WEAK_ROW,
  status: cellStatus,
  /** In the heatmap's peer group: a heatmap cell, and one of the weak points of its unit. */
  in_group: flag,
  /** Flagged and within the list's filters: a line of the priority list. */
  in_list: flag,
  /** Position in the priority list's order (pct points lost first). */
  list_order: count,
  /** Position in a unit's weak points' order (points lost first); relative order within a unit. */
  unit_order: count,
});
export type WeakScreenRow = v.InferOutput<typeof WeakScreenRow>;

/**
 * The heatmap, every unit's weak points and the priority list of one view in ONE statement: the three
 * share the year's judged rows, and DuckDB-WASM answers one statement at a time, each paying its
 * planning and worker round trips. Rows come in heatmap order (unit, then component); `list_order` gives
 * the priority list's order (% points lost first) and `unit_order` that of a unit's weak points (points
 * lost against the best peer first, as the briefing lists them too).
 */
export function buildWeakScreen(options: WeakScreenOptions): RowQuery<WeakScreenRow> {
  const ctes = weakCtes(options.index, options.year, options.peer.by, options.criteria);
  const group = peerGroupFilter(options.peer);
  const levels = inListOrAll('unit_level', options.levels);
  const blocks = inListOrAll('block', options.blocks);
  const scope = peerScopeFilter(options.peer.scope);
  return rowQuery(
    WeakScreenRow,
    `WITH ${ctes.text},
     placed AS (
       SELECT *, COALESCE(${group.text}, false) AS in_group,
              COALESCE((is_low OR is_falling) AND ${levels.text} AND ${blocks.text} AND ${scope.text}, false)
                AS in_list,
              CAST(row_number() OVER (ORDER BY pct_points_lost DESC NULLS LAST, unit_code, sort_order,
                                               component_code) AS INTEGER) AS list_order,
              CAST(row_number() OVER (ORDER BY points_lost DESC NULLS LAST, sort_order, component_code)
                   AS INTEGER) AS unit_order
       FROM weak
     )
     SELECT ${WEAK_COLUMNS}, status, in_group, in_list, list_order, unit_order FROM placed
     WHERE in_group OR in_list
     ORDER BY unit_code, sort_order, component_code`,
    [...ctes.params, ...group.params, ...levels.params, ...blocks.params, ...scope.params],
  );
}
