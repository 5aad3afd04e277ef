import { INDEX_CODES, type IndexCode } from '@/domain/catalogue';
import { BOUND_LIST, bindList, type Query, query } from './query';
import { FACTS_RANK_COLUMNS, type RankNotComparableReason, rankNotComparableSql } from './rank-statement';
import type { CellStatus } from './ranks';
import { type ChangeFacts, changeColumns } from './yoy-deltas';

const TOTAL = 'TOTAL';
/** How many components the briefing names as rising most and falling most. */
export const MOVERS_PER_SIDE = 3;

/**
 * Row shape of `buildBriefingTotals`: per index, the unit's total in the asked year or, when that
 * year has none, the last earlier year with data (`year` then differs from the asked year).
 */
export interface BriefingTotalRow extends ChangeFacts {
  readonly index_code: IndexCode;
  readonly year: number;
  readonly unit_name: string;
  readonly unit_level: string;
  /** The unit's block in that year (its level when the data names none): the council pack it prints in. */
  readonly block: string;
  readonly score: number | null;
  readonly max_score: number | null;
  readonly status: CellStatus;
  /** Why the change of rank is not stated as a change; `rank_change` is then NULL, `rank_comparable` false. */
  readonly rank_not_comparable_reason: RankNotComparableReason | null;
  readonly previous_score: number | null;
  /** 1 = top quarter of the peers … 4 = bottom (PAPI's bands are these quartiles). */
  readonly peer_quartile: number | null;
  /** Kinds of the datasets the total comes from ('published', 'sample', 'imported'), comma-separated. */
  readonly kinds: string;
  /** Set when the asked year is one in which the publisher released only its top N units. */
  readonly asked_top_n: number | null;
}

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
): Query {
  return query(
    `WITH facts AS (
       SELECT *, ${changeColumns('previous-available')},
              ${rankNotComparableSql(FACTS_RANK_COLUMNS)} AS rank_not_comparable_reason
       FROM score_facts
       WHERE peer_by = 'level' AND index_code IN (SELECT unnest(${BOUND_LIST})) AND unit_code = ?
         AND component_code = ? AND year <= ?
       QUALIFY row_number() OVER (PARTITION BY index_code ORDER BY year DESC) = 1
     )
     SELECT index_code, year, unit_name, unit_level, block, score, max_score, status, previous_year, previous_score,
            score_change, comparable, not_comparable_reason, rank, rank_source, previous_rank,
            CASE WHEN rank_not_comparable_reason IS NULL THEN rank_change END AS rank_change,
            CASE WHEN rank_not_comparable_reason IS NULL THEN rank_comparable ELSE false END AS rank_comparable,
            rank_not_comparable_reason, peer_count,
            CASE WHEN rank IS NOT NULL AND peer_count > 0 THEN CAST(ceil(4.0 * rank / peer_count) AS INTEGER) END
              AS peer_quartile,
            (SELECT string_agg(DISTINCT d.kind, ',' ORDER BY d.kind)
             FROM scores s JOIN datasets d USING (dataset_id)
             WHERE s.index_code = f.index_code AND s.unit_code = f.unit_code AND s.year = f.year
               AND s.component_code = f.component_code) AS kinds,
            (SELECT max(p.top_n) FROM publication_rules p
             WHERE p.index_code = f.index_code AND ? >= p.top_only_from) AS asked_top_n
     FROM facts f
     ORDER BY list_position(${BOUND_LIST}, index_code)`,
    [bindList(indices), unitCode, TOTAL, year, year, bindList(indices)],
  );
}

/** Row shape of `buildBriefingMovers`. */
export interface BriefingMoverRow {
  readonly index_code: IndexCode;
  readonly direction: 'rise' | 'fall';
  readonly position: number;
  readonly component_code: string;
  readonly component_name: string;
  readonly score: number;
  readonly previous_year: number;
  readonly score_change: number;
  /** NULL when there is none or it is not stated as a change (`rankNotComparableSql`). */
  readonly rank_change: number | null;
}

/**
 * Per index, the components of one unit and year whose score rose most and fell most since the
 * previous year with data, in points, with the change of their rank. Only comparable changes count:
 * a component across a methodology break is left out, never bridged.
 */
export function buildBriefingMovers(
  unitCode: string,
  year: number,
  indices: readonly IndexCode[] = INDEX_CODES,
): Query {
  return query(
    `WITH changes AS (
       SELECT index_code, component_code, score, previous_year, sort_order,
              ${changeColumns('previous-available')},
              ${rankNotComparableSql(FACTS_RANK_COLUMNS)} AS rank_not_comparable_reason
       FROM score_facts
       WHERE peer_by = 'level' AND index_code IN (SELECT unnest(${BOUND_LIST})) AND unit_code = ?
         AND component_code <> ? AND year = ?
     ),
     sided AS (
       SELECT *, CASE WHEN score_change > 0 THEN 'rise' ELSE 'fall' END AS direction
       FROM changes WHERE score_change IS NOT NULL AND score_change <> 0
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
            r.score, r.previous_year, r.score_change,
            CASE WHEN r.rank_not_comparable_reason IS NULL THEN r.rank_change END AS rank_change
     FROM ranked r
     WHERE r.position <= ?
     ORDER BY list_position(${BOUND_LIST}, r.index_code), r.direction DESC, r.position`,
    [bindList(indices), unitCode, TOTAL, year, unitCode, year, MOVERS_PER_SIDE, bindList(indices)],
  );
}

/** Row shape of `buildBriefingYears`. */
export interface BriefingYearsRow {
  readonly unit_code: string;
  /** Comma-joined years with a total, newest first. */
  readonly years: string;
}

/**
 * For every unit, the years in which it has any total, newest first (the briefing's year choice and
 * its default). One small read for all units: a change of unit then waits for no round of its own.
 */
export function buildBriefingYears(): Query {
  return query(
    `SELECT unit_code,
            string_agg(DISTINCT CAST(year AS VARCHAR), ',' ORDER BY CAST(year AS VARCHAR) DESC) AS years
     FROM score_facts
     WHERE peer_by = 'level' AND component_code = ?
     GROUP BY unit_code
     ORDER BY unit_code`,
    [TOTAL],
  );
}
