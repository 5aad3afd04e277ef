import type * as v from 'valibot';
import type { RowQuery } from '@/db/rows';
import { INDEX_CODES, type IndexCode } from '@/domain/catalogue';
import { BOUND_LIST, bindList, rowQuery } from './query';
import { FACTS_RANK_COLUMNS, rankNotComparableSql } from './rank-statement';
import { indexCode, rankNotComparableReason, row } from './row-columns';
import { WEAK_COLUMNS, WEAK_ROW, type WeakCriteria, weakCtes } from './weak-components';

/** Row of `buildBriefingWeak`: the weak-points row of one component, with its index. */
export const BriefingWeakRow = row({
  ...WEAK_ROW,
  index_code: indexCode,
  /** Why the briefing does not state this component's change of rank (`rankNotComparableSql`). */
  rank_not_comparable_reason: rankNotComparableReason,
});
export type BriefingWeakRow = v.InferOutput<typeof BriefingWeakRow>;

/**
 * The weak-points rows of one unit in one year for every index at once, each judged among the units of
 * the unit's own level in that index (the weak-points screen's peers), so the briefing asks one statement
 * instead of one per index, and without waiting for its totals to learn the level. Only the peer groups
 * the unit belongs to are read. Rows come per index (in `indices` order), most points behind the best first.
 */
export function buildBriefingWeak(
  unitCode: string,
  year: number,
  criteria: WeakCriteria,
  indices: readonly IndexCode[] = INDEX_CODES,
): RowQuery<BriefingWeakRow> {
  const ctes = weakCtes(indices, year, 'level', criteria, {
    text: `(index_code, unit_level) IN (
             SELECT index_code, unit_level FROM score_facts
             WHERE peer_by = 'level' AND unit_code = ? AND year = ?)`,
    params: [unitCode, year],
  });
  return rowQuery(
    BriefingWeakRow,
    `WITH ${ctes.text}
     SELECT index_code, ${WEAK_COLUMNS},
            ${rankNotComparableSql(FACTS_RANK_COLUMNS)} AS rank_not_comparable_reason
     FROM weak
     WHERE unit_code = ?
     ORDER BY list_position(${BOUND_LIST}, index_code), points_lost DESC NULLS LAST, sort_order, component_code`,
    [...ctes.params, unitCode, bindList(indices)],
  );
}
