import { type Query, query } from './query';

/** Levels that are averages of others: never counted as units. */
const AGGREGATE_LEVELS = ['national', 'region'];

/** Per index: latest year, years covered, units, rows, and which kinds of dataset it comes from. */
export function buildIndexCoverage(): Query {
  return query(
    `SELECT s.index_code,
            max(s.year) AS latest_year,
            min(s.year) AS first_year,
            count(DISTINCT s.year) AS year_count,
            count(DISTINCT s.unit_code) FILTER (WHERE s.unit_level NOT IN (?, ?)) AS unit_count,
            count(*) AS row_count,
            string_agg(DISTINCT d.kind, ',' ORDER BY d.kind) AS kinds
     FROM scores s JOIN datasets d USING (dataset_id)
     GROUP BY s.index_code
     ORDER BY s.index_code`,
    AGGREGATE_LEVELS,
  );
}

/** Fewer units than this and a median says nothing: the card says "only n units" instead. */
export const MIN_SUMMARY_UNITS = 5;

/**
 * Per index, year and kind of dataset: the median total as % of its maximum over the units of the
 * index's headline level (provinces for the national indices) that have a published total.
 *
 * Sample, published and imported figures are never pooled: each kind gets its own row. The median is
 * NULL over fewer than MIN_SUMMARY_UNITS units, and in a year when the publisher released only its
 * top N (a median of the best is no median of the provinces). `official_units` is how many units the
 * level has that year (63 provinces before 2025, 34 from 2025), `top_n` the size of a top-only release.
 */
export function buildMedianTotals(headlineLevels: readonly { index: string; level: string }[]): Query {
  // Only placeholders are spliced into the text; the values travel as parameters.
  const pairs = headlineLevels.map(() => '(?, ?)').join(', ');
  return query(
    `WITH per_kind AS (
       SELECT s.index_code, s.year, d.kind, headline.unit_level,
              median(s.score / s.max_score * 100) AS median_pct,
              count(DISTINCT s.unit_code) AS units
       FROM scores s
       JOIN datasets d USING (dataset_id)
       JOIN (VALUES ${pairs}) AS headline(index_code, unit_level)
         ON s.index_code = headline.index_code AND s.unit_level = headline.unit_level
       WHERE s.component_code = 'TOTAL' AND s.score IS NOT NULL AND s.max_score > 0
       GROUP BY s.index_code, s.year, d.kind, headline.unit_level)
     SELECT k.index_code, k.year, k.kind, k.units,
            (SELECT o.peer_count FROM official_peer_counts o
             WHERE (o.index_code IS NULL OR o.index_code = k.index_code) AND o.unit_level = k.unit_level
               AND k.year >= o.from_year AND (o.to_year IS NULL OR k.year <= o.to_year)
             ORDER BY o.index_code IS NULL LIMIT 1) AS official_units,
            (SELECT max(p.top_n) FROM publication_rules p
             WHERE p.index_code = k.index_code AND k.year >= p.top_only_from) AS top_n,
            CASE WHEN k.units >= ? AND NOT EXISTS (
                   SELECT 1 FROM publication_rules p
                   WHERE p.index_code = k.index_code AND k.year >= p.top_only_from)
                 THEN k.median_pct END AS median_pct
     FROM per_kind k
     ORDER BY k.index_code, k.year, k.kind`,
    [...headlineLevels.flatMap((pair) => [pair.index, pair.level]), MIN_SUMMARY_UNITS],
  );
}
