import type * as v from 'valibot';
import type { RowQuery, RowSchema } from '@/db/rows';
import type { IndexCode } from '@/domain/catalogue';
import { type FactsSource, factsCtes } from './facts-source';
import { BOUND_LIST, bindList, rowQuery } from './query';
import type { Fragment, PeerBy } from './ranks';
import { cellStatus, count, optionalNumber, RANKED_SCORE, row, text } from './row-columns';

/** Which facts a series or year-over-year read covers: one index, some units, a year range. */
export interface SeriesOptions {
  readonly index: IndexCode;
  readonly units: readonly string[];
  /** Empty = every component the selected units have in this index. */
  readonly components?: readonly string[];
  readonly from: number;
  readonly to: number;
  readonly peerBy?: PeerBy;
  readonly source?: FactsSource;
}

/** The `facts` CTE of the chosen units (stored facts unless told otherwise, peers by level by default). */
export function unitFacts(options: SeriesOptions) {
  return factsCtes(options.source ?? 'stored', {
    index: options.index,
    peerBy: options.peerBy ?? 'level',
    units: options.units,
  });
}

/**
 * Row of `buildSeries`: one per unit × component × year of the range, gaps included; `missing` /
 * `not_published` rows are gaps: every number is NULL, never 0.
 */
export const SeriesRow = row({
  unit_code: text,
  component_code: text,
  year: count,
  ...RANKED_SCORE,
  peer_count: optionalNumber,
  status: cellStatus,
});
export type SeriesRow = v.InferOutput<typeof SeriesRow>;

/** A query's parts over a CTE of facts: its own CTEs (or none), its select, and its ORDER BY. */
export interface FactsBody {
  readonly ctes: Fragment | null;
  readonly select: Fragment;
  readonly order: string;
}

/** `WITH` the facts' CTEs and the body's, then the body's select in its order. */
export function withFacts<TRow>(row: RowSchema<TRow>, facts: Fragment, body: FactsBody): RowQuery<TRow> {
  return rowQuery(
    row,
    `WITH ${facts.text}${body.ctes ? `, ${body.ctes.text}` : ''}
     ${body.select.text}
     ORDER BY ${body.order}`,
    [...facts.params, ...(body.ctes?.params ?? []), ...body.select.params],
  );
}

/** The series' CTEs, select and order over the CTE `facts` (the facts of `options.units`). */
export function seriesBody(options: SeriesOptions, facts = 'facts'): FactsBody {
  const components = options.components ?? [];
  return {
    ctes: {
      text: `years AS (SELECT CAST(range AS INTEGER) AS year FROM range(CAST(? AS INTEGER), CAST(? AS INTEGER) + 1)),
     chosen_units AS (SELECT DISTINCT unnest(${BOUND_LIST}) AS unit_code),
     chosen_components AS (
       SELECT DISTINCT unnest(${BOUND_LIST}) AS component_code WHERE NOT ?
       UNION
       SELECT DISTINCT component_code FROM ${facts}
       WHERE ? AND unit_code IN (SELECT unit_code FROM chosen_units) AND year BETWEEN ? AND ?
     ),
     rules AS (SELECT max(top_only_from) AS top_only_from FROM publication_rules WHERE index_code = ?)`,
      params: [
        options.from,
        options.to,
        bindList(options.units),
        bindList(components),
        components.length === 0,
        components.length === 0,
        options.from,
        options.to,
        options.index,
      ],
    },
    select: {
      text: `SELECT u.unit_code, c.component_code, y.year, r.score, r.max_score, r.pct_of_max, r.rank, r.rank_source,
            r.peer_count,
            COALESCE(r.status, CASE WHEN y.year >= (SELECT top_only_from FROM rules) THEN 'not_published'
                                    ELSE 'missing' END) AS status
     FROM chosen_units u CROSS JOIN chosen_components c CROSS JOIN years y
     LEFT JOIN ${facts} r ON r.unit_code = u.unit_code AND r.component_code = c.component_code AND r.year = y.year
     LEFT JOIN component_defs d ON d.index_code = ? AND d.component_code = c.component_code`,
      params: [options.index],
    },
    order: 'u.unit_code, COALESCE(d.sort_order, 999), c.component_code, y.year',
  };
}

/**
 * Series of one index on a full grid of units × components × years, so a missing year comes back as
 * a row of NULLs with its reason (missing, or not published from a top-only year) and charts draw a gap.
 */
export function buildSeries(options: SeriesOptions): RowQuery<SeriesRow> {
  return withFacts(SeriesRow, unitFacts(options), seriesBody(options));
}
