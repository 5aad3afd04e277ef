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

/** Per index and year: the median total as % of its maximum over units with a published total. */
export function buildMedianTotals(): Query {
  return query(
    `SELECT index_code, year,
            median(score / max_score * 100) AS median_pct,
            count(DISTINCT unit_code) AS units
     FROM scores
     WHERE component_code = 'TOTAL' AND score IS NOT NULL AND max_score > 0
       AND unit_level NOT IN (?, ?)
     GROUP BY index_code, year
     ORDER BY index_code, year`,
    AGGREGATE_LEVELS,
  );
}
