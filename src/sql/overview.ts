import type * as v from 'valibot';
import type { SqlParam } from '@/db/engine';
import type { RowQuery, RowSchema } from '@/db/rows';
import { INDEX_CODES, type IndexCode } from '@/domain/catalogue';
import { PEER_QUARTILE_FACT, PEER_QUARTILE_SQL } from './peer-quartile';
import { BOUND_LIST, bindList, rowQuery } from './query';
import { cellStatus, count, indexCode, optionalNumber, row, text } from './row-columns';
import { CHANGE_FACTS, changeColumns } from './yoy-deltas';

/**
 * The home unit's total of each index (score_facts, peers by level; the overall value is stored under
 * component TOTAL, DOMAIN.md §4). Binds the index list, then the unit.
 */
function homeTotals(columns: string): string {
  return `SELECT ${columns} FROM score_facts
       WHERE peer_by = 'level' AND index_code IN (SELECT unnest(${BOUND_LIST})) AND unit_code = ?
         AND component_code = 'TOTAL'`;
}

/** Keeps each index's latest year of the home unit's totals. */
export const LATEST_PER_INDEX = 'QUALIFY row_number() OVER (PARTITION BY index_code ORDER BY year DESC) = 1';

/** The cards an overview query is for: one unit, the indices in the order the cards show them. */
export interface HomeCards {
  readonly unitCode: string;
  readonly indices: readonly IndexCode[];
}

/** The rest of an overview query after its head, `mine`. */
export interface OverviewBody {
  /** The columns `mine` takes of the home unit's totals. */
  readonly mine: string;
  /** Only each index's latest year in `mine`. */
  readonly latest: boolean;
  /** More CTEs (each after a comma), then the SELECT, without its ORDER BY. */
  readonly rest: string;
  readonly params: readonly SqlParam[];
  /** The index column the rows come in the cards' order by, with any order after it. */
  readonly orderBy: string;
  readonly thenBy?: string;
}

/**
 * Every overview query: the CTE `mine` of the home unit's totals, the body, and the rows in the order
 * of `cards.indices`. Binds the head (the index list, then the unit), the body, then the order.
 */
export function overviewQuery<TRow>(
  row: RowSchema<TRow>,
  cards: HomeCards,
  body: OverviewBody,
): RowQuery<TRow> {
  const head = `${homeTotals(body.mine)}${body.latest ? ` ${LATEST_PER_INDEX}` : ''}`;
  const then = body.thenBy ? `, ${body.thenBy}` : '';
  return rowQuery(
    row,
    `WITH mine AS (${head})${body.rest}
     ORDER BY list_position(${BOUND_LIST}, ${body.orderBy})${then}`,
    [bindList(cards.indices), cards.unitCode, ...body.params, bindList(cards.indices)],
  );
}

/** Join condition: `f` is a total of a unit among the same peers (index, level, data scope) as `m`. */
export function samePeerTotals(f: string, m: string): string {
  return `${f}.peer_by = 'level' AND ${f}.index_code = ${m}.index_code AND ${f}.unit_level = ${m}.unit_level
         AND ${f}.data_scope = ${m}.data_scope AND ${f}.component_code = 'TOTAL'`;
}

/** Row of `buildOverview`: one per index that has the home unit's total in some year. */
export const OverviewRow = row({
  ...CHANGE_FACTS,
  index_code: indexCode,
  latest_year: count,
  unit_level: text,
  score: optionalNumber,
  max_score: optionalNumber,
  pct_of_max: optionalNumber,
  status: cellStatus,
  pct_change: optionalNumber,
  ...PEER_QUARTILE_FACT,
});
export type OverviewRow = v.InferOutput<typeof OverviewRow>;

/**
 * One card per index for the home unit: its latest total, the change from the previous year with data
 * (the card labels "vs <previous_year>"; a break makes it not comparable, it is never bridged), and its
 * rank among units of the same level. Searching further back would not help: every earlier year lies
 * across the same break.
 */
export function buildOverview(unitCode: string, indices: readonly IndexCode[] = INDEX_CODES) {
  return overviewQuery(
    OverviewRow,
    { unitCode, indices },
    {
      mine: `*, ${changeColumns('previous-available')}`,
      latest: true,
      rest: `
     SELECT index_code, year AS latest_year, unit_level, score, max_score, pct_of_max, status, previous_year,
            score_change, pct_change, comparable, not_comparable_reason, rank, rank_source, previous_rank,
            rank_change, rank_comparable, peer_count, ${PEER_QUARTILE_SQL}
     FROM mine`,
      params: [],
      orderBy: 'index_code',
    },
  );
}
