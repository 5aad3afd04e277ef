import type * as v from 'valibot';
import { INDEX_CODES, type IndexCode } from '@/domain/catalogue';
import { overviewQuery, samePeerTotals } from './overview';
import { BOUND_LIST, bindList } from './query';
import {
  cellStatus,
  count,
  indexCode,
  optionalFlag,
  optionalNumber,
  optionalText,
  rankSource,
  row,
} from './row-columns';
import { LATEST_PER_INDEX } from './unit-facts-query';

/** Row of `buildOverviewContext`: what a card needs beside `buildOverview`'s own row. */
export const OverviewContextRow = row({
  index_code: indexCode,
  /** The last year the index has any figure for units of the home unit's level and data scope. */
  index_latest_year: optionalNumber,
  /** Units of the same level and data scope sharing the home unit's latest rank (1 = no tie). */
  tie_count: optionalNumber,
  /** From this year only the top `top_n` are published (PCI 2023+); null = every unit is published. */
  top_only_from: optionalNumber,
  top_n: optionalNumber,
  /** Comma-joined dataset kinds and ids that hold the unit's rows in this index (provenance). */
  kinds: optionalText,
  dataset_ids: optionalText,
});
export type OverviewContextRow = v.InferOutput<typeof OverviewContextRow>;

/**
 * Per index, the facts around the home unit's latest total: whether later years exist in which the
 * unit has no figure (with PCI's top-only rule these are "not published", never 0), whether its rank is
 * shared (RANK() gives ties one rank, so the card must say "đồng hạng"), and which datasets the figures
 * come from (a sample dataset must be labelled as such).
 */
export function buildOverviewContext(unitCode: string, indices: readonly IndexCode[] = INDEX_CODES) {
  return overviewQuery(
    OverviewContextRow,
    { unitCode, indices },
    {
      mine: 'index_code, unit_level, data_scope, year, rank',
      latest: true,
      rest: `,
     span AS (
       SELECT m.index_code, max(f.year) AS index_latest_year FROM mine m
       JOIN score_facts f ON ${samePeerTotals('f', 'm')}
       GROUP BY m.index_code
     ),
     ties AS (
       SELECT m.index_code, count(*) AS tie_count FROM mine m
       JOIN score_facts f ON ${samePeerTotals('f', 'm')} AND f.year = m.year AND f.rank = m.rank
       GROUP BY m.index_code
     ),
     sources AS (
       SELECT s.index_code, string_agg(DISTINCT d.kind, ',' ORDER BY d.kind) AS kinds,
              string_agg(DISTINCT s.dataset_id, ',' ORDER BY s.dataset_id) AS dataset_ids
       FROM scores s JOIN datasets d USING (dataset_id)
       WHERE s.unit_code = ? AND s.index_code IN (SELECT unnest(${BOUND_LIST}))
       GROUP BY s.index_code
     )
     SELECT m.index_code, sp.index_latest_year, CAST(t.tie_count AS INTEGER) AS tie_count,
            p.top_only_from, p.top_n, src.kinds, src.dataset_ids
     FROM mine m
     LEFT JOIN span sp USING (index_code)
     LEFT JOIN ties t USING (index_code)
     LEFT JOIN sources src USING (index_code)
     LEFT JOIN publication_rules p USING (index_code)`,
      params: [unitCode, bindList(indices)],
      orderBy: 'm.index_code',
    },
  );
}

/**
 * Row of `buildOverviewSeries`: one per year of the sparkline, a gap as a row of NULLs with its reason
 * (`status`); `comparable` is false where the step from the previous year with data crosses a
 * methodology break or a merger.
 */
export const OverviewSeriesRow = row({
  index_code: indexCode,
  year: count,
  score: optionalNumber,
  pct_of_max: optionalNumber,
  rank: optionalNumber,
  rank_source: rankSource,
  comparable: optionalFlag,
  status: cellStatus,
});
export type OverviewSeriesRow = v.InferOutput<typeof OverviewSeriesRow>;

/**
 * The home unit's total per index (score_facts, peers by level) for every year from its first figure
 * to its last, with the comparability of each step, so the sparkline is cut where the series is not
 * one series (PAPI 60 → 80 points in 2018). A year without a figure is a row of NULLs: "missing", or
 * "not published" from a top-only year (PCI 2023+), whose series runs on to the last year the index
 * has for the unit's level and data scope (another unit's later year is no gap of this unit's own).
 */
export function buildOverviewSeries(unitCode: string, indices: readonly IndexCode[] = INDEX_CODES) {
  return overviewQuery(
    OverviewSeriesRow,
    { unitCode, indices },
    {
      mine: 'index_code, year, score, pct_of_max, rank, rank_source, comparable, status, unit_level, data_scope',
      latest: false,
      rest: `,
     latest AS (SELECT * FROM mine ${LATEST_PER_INDEX}),
     span AS (
       SELECT l.index_code, p.top_only_from, (SELECT min(m.year) FROM mine m WHERE m.index_code = l.index_code)
                AS first_year,
              CASE WHEN p.top_only_from IS NULL THEN l.year ELSE greatest(l.year, (
                SELECT max(f.year) FROM score_facts f WHERE ${samePeerTotals('f', 'l')}))
              END AS last_year
       FROM latest l LEFT JOIN publication_rules p USING (index_code)
     ),
     years AS (
       SELECT index_code, top_only_from, CAST(unnest(range(first_year, last_year + 1)) AS INTEGER) AS year FROM span
     )
     SELECT y.index_code, y.year, m.score, m.pct_of_max, m.rank, m.rank_source, m.comparable,
            COALESCE(m.status, CASE WHEN y.year >= y.top_only_from THEN 'not_published' ELSE 'missing' END)
              AS status
     FROM years y LEFT JOIN mine m USING (index_code, year)`,
      params: [],
      orderBy: 'y.index_code',
      thenBy: 'y.year',
    },
  );
}
