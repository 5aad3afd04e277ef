import * as v from 'valibot';
import type { RowQuery } from '@/db/rows';
import { INDEX_CODES, type IndexCode } from '@/domain/catalogue';
import { PEER_QUARTILE_FACT, PEER_QUARTILE_SQL } from './peer-quartile';
import { rowQuery } from './query';
import { FACTS_RANK_COLUMNS, rankNotComparableSql } from './rank-statement';
import {
  cellStatus,
  count,
  indexCode,
  optionalNumber,
  rankNotComparableReason,
  row,
  text,
  textList,
  yearList,
} from './row-columns';
import { unitFactsQuery } from './unit-facts-query';
import { CHANGE_FACTS, changeColumns } from './yoy-deltas';

const TOTAL = 'TOTAL';
/** How many components the briefing names as rising most and falling most. */
export const MOVERS_PER_SIDE = 3;

/**
 * The columns of a briefing query's head: one unit's rows of `score_facts` (`unitFactsQuery`), with
 * the change from the previous year with data and why a change of rank is not stated
 * (`rankNotComparableSql`).
 */
const UNIT_FACTS = `*, ${changeColumns('previous-available')},
              ${rankNotComparableSql(FACTS_RANK_COLUMNS)} AS rank_not_comparable_reason`;

/** A change of rank the briefing may state; NULL where `rank_not_comparable_reason` says why not. */
const STATED_RANK_CHANGE = 'CASE WHEN rank_not_comparable_reason IS NULL THEN rank_change END AS rank_change';

/**
 * Row of `buildBriefingTotals`: per index, the unit's total in the asked year or, when that year has
 * none, the last earlier year with data (`year` then differs from `asked_year`).
 */
export const BriefingTotalRow = row({
  ...CHANGE_FACTS,
  index_code: indexCode,
  /** The year the reader asked for. */
  asked_year: count,
  year: count,
  unit_name: text,
  /** The level the unit is ranked in: the peers of its weak points too. */
  unit_level: text,
  /** The unit's block in that year (its level when the data names none): the council pack it prints in. */
  block: text,
  score: optionalNumber,
  max_score: optionalNumber,
  status: cellStatus,
  /** Why the change of rank is not stated as a change; `rank_change` is then NULL, `rank_comparable` false. */
  rank_not_comparable_reason: rankNotComparableReason,
  previous_score: optionalNumber,
  ...PEER_QUARTILE_FACT,
  /** Kinds of the datasets the total comes from: a sample figure is always labelled as such. */
  kinds: textList,
  /** Set when the asked year is one in which the publisher released only its top N units. */
  asked_top_n: optionalNumber,
});
export type BriefingTotalRow = v.InferOutput<typeof BriefingTotalRow>;

/**
 * The briefing's headline facts: per index, the total of one unit in one year, the change from the
 * previous year with data (never across a methodology break or a merger: `comparable` says so), the
 * rank and its change (never across a break, a merger, a change of peers or a partial release:
 * `rank_not_comparable_reason` says which), and the quartile among units of the same level.
 */
export function buildBriefingTotals(
  unitCode: string,
  year: number,
  indices: readonly IndexCode[] = INDEX_CODES,
) {
  return unitFactsQuery(
    BriefingTotalRow,
    { unitCode, indices },
    {
      mine: UNIT_FACTS,
      where: 'AND component_code = ? AND year <= ?',
      whereParams: [TOTAL, year],
      latest: true,
      rest: `
     SELECT index_code, CAST(? AS INTEGER) AS asked_year, year, unit_name, unit_level, block, score, max_score,
            status, previous_year, previous_score, score_change, comparable, not_comparable_reason, rank,
            rank_source, previous_rank, ${STATED_RANK_CHANGE},
            CASE WHEN rank_not_comparable_reason IS NULL THEN rank_comparable ELSE false END AS rank_comparable,
            rank_not_comparable_reason, peer_count, ${PEER_QUARTILE_SQL},
            (SELECT string_agg(DISTINCT d.kind, ',' ORDER BY d.kind)
             FROM scores s JOIN datasets d USING (dataset_id)
             WHERE s.index_code = f.index_code AND s.unit_code = f.unit_code AND s.year = f.year
               AND s.component_code = f.component_code) AS kinds,
            (SELECT max(p.top_n) FROM publication_rules p
             WHERE p.index_code = f.index_code AND ? >= p.top_only_from) AS asked_top_n
     FROM mine f`,
      params: [year, year],
      orderBy: 'index_code',
    },
  );
}

/** Row of `buildBriefingMovers`: only comparable changes, so the change and its previous year are set. */
export const BriefingMoverRow = row({
  index_code: indexCode,
  direction: v.picklist(['rise', 'fall']),
  position: count,
  component_code: text,
  component_name: text,
  score: count,
  previous_year: count,
  score_change: count,
  /** NULL when there is none or it is not stated as a change (`rankNotComparableSql`). */
  rank_change: optionalNumber,
});
export type BriefingMoverRow = v.InferOutput<typeof BriefingMoverRow>;

/**
 * Per index, the components of one unit and year whose score rose most and fell most since the
 * previous year with data, in points, with the change of their rank. Only comparable changes count:
 * a component across a methodology break is left out, never bridged.
 */
export function buildBriefingMovers(
  unitCode: string,
  year: number,
  indices: readonly IndexCode[] = INDEX_CODES,
) {
  return unitFactsQuery(
    BriefingMoverRow,
    { unitCode, indices },
    {
      mine: UNIT_FACTS,
      where: 'AND component_code <> ? AND year = ?',
      whereParams: [TOTAL, year],
      latest: false,
      rest: `,
     sided AS (
       SELECT *, CASE WHEN score_change > 0 THEN 'rise' ELSE 'fall' END AS direction
       FROM mine WHERE score_change IS NOT NULL AND score_change <> 0
     ),
     ranked AS (
       SELECT *, CAST(row_number() OVER (
                PARTITION BY index_code, direction ORDER BY abs(score_change) DESC, sort_order, component_code
              ) AS INTEGER) AS position
       FROM sided
     )
     SELECT r.index_code, r.direction, r.position, r.component_code,
            COALESCE((SELECT any_value(s.component_name) FROM scores s
                      WHERE s.index_code = r.index_code AND s.unit_code = ? AND s.year = ?
                        AND s.component_code = r.component_code), r.component_code) AS component_name,
            r.score, r.previous_year, r.score_change, ${STATED_RANK_CHANGE}
     FROM ranked r
     WHERE r.position <= ?`,
      params: [unitCode, year, MOVERS_PER_SIDE],
      orderBy: 'r.index_code',
      thenBy: 'r.direction DESC, r.position',
    },
  );
}

/** Row of `buildBriefingYears`. */
export const BriefingYearsRow = row({
  unit_code: text,
  /** Years with a total, newest first. */
  years: yearList,
});
export type BriefingYearsRow = v.InferOutput<typeof BriefingYearsRow>;

/**
 * For every unit, the years in which it has any total, newest first (the briefing's year choice and
 * its default). One small read for all units: a change of unit then waits for no round of its own.
 */
export function buildBriefingYears(): RowQuery<BriefingYearsRow> {
  return rowQuery(
    BriefingYearsRow,
    `SELECT unit_code,
            string_agg(DISTINCT CAST(year AS VARCHAR), ',' ORDER BY CAST(year AS VARCHAR) DESC) AS years
     FROM score_facts
     WHERE peer_by = 'level' AND component_code = ?
     GROUP BY unit_code
     ORDER BY unit_code`,
    [TOTAL],
  );
}
