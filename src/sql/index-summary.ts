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

/**
 * Per index and year: the median total as % of its maximum over the units of the index's headline
 * level (provinces for the national indices) that have a published total.
 */
export function buildMedianTotals(headlineLevels: readonly { index: string; level: string }[]): Query {
  // Only placeholders are spliced into the text; the values travel as parameters.
  const pairs = headlineLevels.map(() => '(?, ?)').join(', ');
  return query(
    `SELECT s.index_code, s.year,
            median(s.score / s.max_score * 100) AS median_pct,
            count(DISTINCT s.unit_code) AS units
     FROM scores s
     JOIN (VALUES ${pairs}) AS headline(index_code, unit_level)
       ON s.index_code = headline.index_code AND s.unit_level = headline.unit_level
     WHERE s.component_code = 'TOTAL' AND s.score IS NOT NULL AND s.max_score > 0
     GROUP BY s.index_code, s.year
     ORDER BY s.index_code, s.year`,
    headlineLevels.flatMap((pair) => [pair.index, pair.level]),
  );
}
