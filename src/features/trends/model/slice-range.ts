import type { SeriesRow } from '@/sql/series';
import type { HomePeerStatsRow } from '@/sql/trends-extra';
import type { YoyRow } from '@/sql/yoy-deltas';

export interface TrendsRows {
  readonly series: readonly SeriesRow[];
  readonly yoy: readonly YoyRow[];
  readonly peers: readonly HomePeerStatsRow[];
}

export interface YearRange {
  readonly from: number;
  readonly to: number;
}

/**
 * The screen fetches an index's whole span once per unit and index, and a change of years only
 * slices it here: no query, so the redraw stays within the bar. Equivalent to asking SQL for the
 * range, because the changes are computed in `score_facts` over every year before any filter. A
 * component appears when one of the units has a score or a rank in the range (as `buildSeries`
 * picks them), so PAPI 2012–2016 does not list the 2018 dimensions as empty rows.
 */
export function sliceToRange(rows: TrendsRows, range: YearRange): TrendsRows {
  const inRange = (point: { readonly year: number }) => point.year >= range.from && point.year <= range.to;
  const series = rows.series.filter(inRange);
  const present = new Set(
    series
      .filter((point) => point.score !== null || point.rank !== null)
      .map((point) => point.component_code),
  );
  return {
    series: series.filter((point) => present.has(point.component_code)),
    yoy: rows.yoy.filter(inRange),
    peers: rows.peers.filter(inRange),
  };
}

/** The years to fetch: the index's span, widened to a range from the URL that reaches beyond it. */
export function fetchSpan(span: YearRange, range: YearRange): YearRange {
  return { from: Math.min(span.from, range.from), to: Math.max(span.to, range.to) };
}
