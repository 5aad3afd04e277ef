import type { SqlParam } from '@/db/engine';
import type { RowQuery, RowSchema } from '@/db/rows';
import type { IndexCode } from '@/domain/catalogue';
import { BOUND_LIST, bindList, rowQuery } from './query';

/** What a query of one unit is for: the unit, and the indices in the order the screen shows them. */
export interface UnitIndices {
  readonly unitCode: string;
  readonly indices: readonly IndexCode[];
}

/** Keeps each index's latest year of the rows. */
export const LATEST_PER_INDEX = 'QUALIFY row_number() OVER (PARTITION BY index_code ORDER BY year DESC) = 1';

/** A query of one unit's facts: its head, `mine`, then the rest of it. */
export interface UnitFactsBody {
  /** The columns `mine` takes of the unit's rows of `score_facts`. */
  readonly mine: string;
  /** More conditions on those rows (`AND …`: the component, the year), and their binds. */
  readonly where: string;
  readonly whereParams: readonly SqlParam[];
  /** Only each index's latest year of those rows in `mine`. */
  readonly latest: boolean;
  /** More CTEs (each after a comma), then the SELECT, without its ORDER BY; and their binds. */
  readonly rest: string;
  readonly params: readonly SqlParam[];
  /** The index column the rows come in the screen's order of the indices by, and any order after it. */
  readonly orderBy: string;
  readonly thenBy?: string;
}

/**
 * The overview's and the briefing's queries: the CTE `mine` holds one unit's rows of `score_facts`
 * among the units of its level (peers by level) for the indices, the body follows, and the rows come
 * in the order of `of.indices`. Binds the head (the index list, the unit, `where`'s), the body's, then
 * the order's.
 */
export function unitFactsQuery<TRow>(
  row: RowSchema<TRow>,
  of: UnitIndices,
  body: UnitFactsBody,
): RowQuery<TRow> {
  const latest = body.latest ? ` ${LATEST_PER_INDEX}` : '';
  const then = body.thenBy ? `, ${body.thenBy}` : '';
  return rowQuery(
    row,
    `WITH mine AS (
       SELECT ${body.mine} FROM score_facts
       WHERE peer_by = 'level' AND index_code IN (SELECT unnest(${BOUND_LIST})) AND unit_code = ? ${body.where}
       ${latest}
     )${body.rest}
     ORDER BY list_position(${BOUND_LIST}, ${body.orderBy})${then}`,
    [bindList(of.indices), of.unitCode, ...body.whereParams, ...body.params, bindList(of.indices)],
  );
}
