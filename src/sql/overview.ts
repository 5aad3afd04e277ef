import type * as v from 'valibot';
import type { RowQuery, RowSchema } from '@/db/rows';
import { INDEX_CODES, type IndexCode } from '@/domain/catalogue';
import { PEER_QUARTILE_FACT, PEER_QUARTILE_SQL } from './peer-quartile';
import { cellStatus, count, indexCode, optionalNumber, row, text } from './row-columns';
import { type UnitFactsBody, type UnitIndices, unitFactsQuery } from './unit-facts-query';
import { CHANGE_FACTS, changeColumns } from './yoy-deltas';

/** The overall value of an index is stored under component TOTAL (DOMAIN.md §4). */
const TOTAL = 'TOTAL';

/** The rest of an overview query after its head `mine`, the home unit's totals (`UnitFactsBody`). */
export type OverviewBody = Omit<UnitFactsBody, 'where' | 'whereParams'>;

/** Every overview query: `mine` holds the home unit's total of each index. */
export function overviewQuery<TRow>(
  row: RowSchema<TRow>,
  cards: UnitIndices,
  body: OverviewBody,
): RowQuery<TRow> {
  return unitFactsQuery(row, cards, { ...body, where: 'AND component_code = ?', whereParams: [TOTAL] });
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
