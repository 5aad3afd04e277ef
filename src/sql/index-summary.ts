import type * as v from 'valibot';
import type { SqlParam } from '@/db/engine';
import type { RowQuery } from '@/db/rows';
import { CATALOGUE, type Catalogue } from '@/domain/catalogue';
import { rowQuery, type TypedColumn, typedValues } from './query';
import { count, datasetKind, indexCode, optionalNumber, row, text } from './row-columns';

/** Row of `buildIndexCoverage`; `kinds` comma-joined. */
export const IndexCoverageRow = row({
  index_code: indexCode,
  latest_year: count,
  first_year: count,
  year_count: count,
  unit_count: count,
  row_count: count,
  kinds: text,
});
export type IndexCoverageRow = v.InferOutput<typeof IndexCoverageRow>;

/** Row of `buildMedianTotals`. */
export const MedianTotalRow = row({
  index_code: indexCode,
  year: count,
  kind: datasetKind,
  units: count,
  official_units: optionalNumber,
  top_n: optionalNumber,
  median_pct: optionalNumber,
});
export type MedianTotalRow = v.InferOutput<typeof MedianTotalRow>;

const HEADLINE_COLUMNS: readonly TypedColumn[] = [
  ['index_code', 'VARCHAR'],
  ['unit_level', 'VARCHAR'],
  ['top_only_from', 'INTEGER'],
  ['top_n', 'INTEGER'],
];
const OFFICIAL_COLUMNS: readonly TypedColumn[] = [
  ['index_code', 'VARCHAR'],
  ['unit_level', 'VARCHAR'],
  ['from_year', 'INTEGER'],
  ['to_year', 'INTEGER'],
  ['peer_count', 'INTEGER'],
];

/** Levels that are averages of others: never counted as units. */
const AGGREGATE_LEVELS = ['national', 'region'];

/** Per index: latest year, years covered, units, rows, and which kinds of dataset it comes from. */
export function buildIndexCoverage(): RowQuery<IndexCoverageRow> {
  return rowQuery(
    IndexCoverageRow,
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
export function buildMedianTotals(
  headlineLevels: readonly { index: string; level: string }[],
  catalogue: Catalogue = CATALOGUE,
): RowQuery<MedianTotalRow> {
  // The catalogue's facts travel as bound rows, not through its reference tables: the first screen's
  // chart then needs nothing but the loaded scores, and never waits for the derived passes.
  const headline = headlineLevels.map((pair): SqlParam[] => {
    const publication = catalogue.indices.find((def) => def.code === pair.index)?.publication;
    return [pair.index, pair.level, publication?.topOnlyFrom ?? null, publication?.topN ?? null];
  });
  const counts = catalogue.officialPeerCounts.map((entry): SqlParam[] => [
    entry.index,
    entry.level,
    entry.from,
    entry.to,
    entry.count,
  ]);
  return rowQuery(
    MedianTotalRow,
    `WITH headline AS (${typedValues(HEADLINE_COLUMNS, headline.length)}),
     official AS (${typedValues(OFFICIAL_COLUMNS, counts.length)}),
     per_kind AS (
       SELECT s.index_code, s.year, d.kind, headline.unit_level,
              CASE WHEN s.year >= headline.top_only_from THEN headline.top_n END AS top_n,
              median(s.score / s.max_score * 100) AS median_pct,
              count(DISTINCT s.unit_code) AS units
       FROM scores s
       JOIN datasets d USING (dataset_id)
       JOIN headline ON s.index_code = headline.index_code AND s.unit_level = headline.unit_level
       WHERE s.component_code = 'TOTAL' AND s.score IS NOT NULL AND s.max_score > 0
       GROUP BY ALL)
     SELECT k.index_code, k.year, k.kind, k.units,
            (SELECT o.peer_count FROM official o
             WHERE (o.index_code IS NULL OR o.index_code = k.index_code) AND o.unit_level = k.unit_level
               AND k.year >= o.from_year AND (o.to_year IS NULL OR k.year <= o.to_year)
             ORDER BY o.index_code IS NULL LIMIT 1) AS official_units,
            k.top_n,
            CASE WHEN k.units >= ? AND k.top_n IS NULL THEN k.median_pct END AS median_pct
     FROM per_kind k
     ORDER BY k.index_code, k.year, k.kind`,
    [...headline.flat(), ...counts.flat(), MIN_SUMMARY_UNITS],
  );
}
