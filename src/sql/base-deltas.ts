import * as v from 'valibot';
import type { SqlParam } from '@/db/engine';
import type { RowQuery } from '@/db/rows';
import type { IndexCode } from '@/domain/catalogue';
import { breakColumns, comparabilityColumns } from './comparability';
import { BOUND_LIST, bindList, rowQuery, type TypedColumn, typedValues } from './query';
import {
  RANK_NOT_COMPARABLE_REASONS,
  type RankStatementColumns,
  rankNotComparableSql,
} from './rank-statement';
import { inListOrAll, type PeerBy } from './ranks';
import { indexCode, row } from './row-columns';
import { YoyRow } from './yoy-deltas';

/** One index and the year its changes are taken from. */
export interface BaseYear {
  readonly index: IndexCode;
  readonly year: number;
}

export interface BaseDeltaOptions {
  readonly bases: readonly BaseYear[];
  readonly units: readonly string[];
  /** Empty = every component. */
  readonly components?: readonly string[];
  readonly from: number;
  readonly to: number;
  readonly peerBy?: PeerBy;
}

/**
 * Row shape of `buildBaseDeltas`: the columns of `buildYoyDeltas`, with `previous_*` holding the base
 * year's figures, so one table and one sentence shape serve "vs last year" and "vs the base year".
 */
export const BaseDeltaRow = row({
  ...YoyRow.pipe[0].entries,
  index_code: indexCode,
  /** Why the briefing does not state the change of rank as a change (`rankNotComparableSql`). */
  rank_not_comparable_reason: v.nullable(v.picklist(RANK_NOT_COMPARABLE_REASONS)),
});
export type BaseDeltaRow = v.InferOutput<typeof BaseDeltaRow>;

/** The rank rule's columns here: the base year's rank against the year's, whichever comes first. */
const BASE_RANK_COLUMNS: RankStatementColumns = {
  rank: 'rank',
  previousRank: 'base_rank',
  rankSource: 'rank_source',
  previousRankSource: 'base_rank_source',
  rankComparable: 'base_rank_comparable',
  notComparableReason: 'base_not_comparable_reason',
  laterYear: 'hi',
  topOnlyFrom: 'top_only_from',
};

const BASE_COLUMNS: readonly TypedColumn[] = [
  ['index_code', 'VARCHAR'],
  ['base_year', 'INTEGER'],
];

/**
 * Changes from a fixed base year (the year a plan's targets are set against, or one the reader chose)
 * for every year of the range, in the year-over-year table's columns. A change is never taken across a
 * methodology break of the component or a merger of the unit between the two years (either way round:
 * a year before the base is compared too); ranks also not across a change of the peer set. The base
 * year itself has a change of 0; a unit without a figure in the base year has no change.
 */
export function buildBaseDeltas(options: BaseDeltaOptions): RowQuery<BaseDeltaRow> {
  const components = inListOrAll('component_code', options.components ?? []);
  const peerBy = options.peerBy ?? 'level';
  const params: SqlParam[] = [
    ...options.bases.flatMap((base) => [base.index, base.year]),
    peerBy,
    bindList(options.units),
    ...components.params,
    options.from,
    options.to,
  ];
  return rowQuery(
    BaseDeltaRow,
    `WITH bases AS (${typedValues(BASE_COLUMNS, options.bases.length)}),
     rows AS (
       SELECT f.*, b.base_year FROM score_facts f JOIN bases b USING (index_code)
       WHERE f.peer_by = ? AND f.unit_code IN (SELECT unnest(${BOUND_LIST})) AND ${components.text}
     ),
     cur AS (SELECT * FROM rows WHERE year BETWEEN ? AND ?),
     paired AS (
       SELECT c.*, b.score AS base_score, b.rank AS base_rank, b.rank_source AS base_rank_source,
              b.year IS NOT NULL AS has_base,
              least(c.year, c.base_year) AS lo, greatest(c.year, c.base_year) AS hi
       FROM cur c LEFT JOIN rows b ON b.index_code = c.index_code AND b.unit_level = c.unit_level
         AND b.unit_code = c.unit_code AND b.component_code = c.component_code AND b.year = c.base_year
     ),
     judged AS (SELECT *, ${breakColumns('p', 'p.lo', 'p.hi', 'base_')} FROM paired p),
     flagged AS (SELECT *, ${comparabilityColumns('has_base', 'base_')} FROM judged)
     SELECT index_code, unit_code, unit_name, unit_level, data_scope, component_code, year, score, max_score,
            pct_of_max,
            rank, rank_source, peer_count, status,
            CASE WHEN has_base THEN base_year END AS previous_year,
            base_score AS previous_score, base_rank AS previous_rank,
            CASE WHEN base_comparable THEN score - base_score END AS score_change,
            CASE WHEN base_comparable AND base_score <> 0
                 THEN 100 * (score - base_score) / abs(base_score) END AS pct_change,
            CASE WHEN base_rank_comparable AND rank_source = base_rank_source THEN base_rank - rank END
              AS rank_change,
            base_comparable AS comparable, base_rank_comparable AS rank_comparable,
            base_not_comparable_reason AS not_comparable_reason,
            ${rankNotComparableSql(BASE_RANK_COLUMNS)} AS rank_not_comparable_reason,
            0 AS falling_streak
     FROM flagged
     ORDER BY index_code, unit_code, sort_order, component_code, year`,
    params,
  );
}
