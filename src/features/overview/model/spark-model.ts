import type { IndexCode } from '@/domain/catalogue';
import type { OverviewContextRow, OverviewSeriesRow } from '@/sql/overview-extra';

/** Why a year of the sparkline has (or lacks) a value; the data table says it in words. */
export type SparkStatus = 'scored' | 'rank-only' | 'not-published' | 'missing';

export interface SparkYear {
  readonly year: number;
  readonly score: number | null;
  readonly pctOfMax: number | null;
  readonly rank: number | null;
  readonly status: SparkStatus;
}

export interface SparkModel {
  /** One object per year; each segment is its own key (`s0`, `s1`…), null where it does not run. */
  readonly data: readonly Record<string, number | null>[];
  readonly keys: readonly string[];
  readonly years: readonly SparkYear[];
  /** Y range of the values with a little room, so no point sits on the axis line. */
  readonly domain: [number, number] | null;
}

function statusOf(row: OverviewSeriesRow | undefined, year: number, topOnlyFrom: number | null): SparkStatus {
  if (row?.score != null) return 'scored';
  if (row?.rank != null) return 'rank-only';
  return topOnlyFrom !== null && year >= topOnlyFrom ? 'not-published' : 'missing';
}

function paddedDomain(years: readonly SparkYear[]): [number, number] | null {
  const values = years.flatMap((year) => (year.score === null ? [] : [year.score]));
  if (values.length === 0) return null;
  const low = Math.min(...values);
  const high = Math.max(...values);
  const pad = Math.max((high - low) * 0.15, 1);
  return [Math.floor(low - pad), Math.ceil(high + pad)];
}

/**
 * The card's sparkline: every year from the unit's first figure to the index's last year (a missing
 * year is a gap, never 0), cut into segments wherever SQL says a step is not comparable, so no line
 * joins a 60-point PAPI total to an 80-point one.
 */
export function toSparkModel(
  index: IndexCode,
  series: readonly OverviewSeriesRow[],
  context: OverviewContextRow | undefined,
): SparkModel {
  const rows = series.filter((row) => row.index_code === index);
  const first = rows[0];
  if (!first) return { data: [], keys: [], years: [], domain: null };
  const lastRow = rows.at(-1)?.year ?? first.year;
  const topOnlyFrom = context?.top_only_from ?? null;
  // Run on past the unit's last figure only to show years that were not published (PCI top 30):
  // another unit's later year is no gap in this unit's own series.
  const last = topOnlyFrom === null ? lastRow : Math.max(lastRow, context?.index_latest_year ?? lastRow);
  const byYear = new Map(rows.map((row) => [row.year, row]));
  const keys: string[] = [];
  const data: Record<string, number | null>[] = [];
  const years: SparkYear[] = [];
  let segment = -1;
  for (let year = first.year; year <= last; year += 1) {
    const row = byYear.get(year);
    if (row && (segment < 0 || row.comparable === false)) {
      segment += 1;
      keys.push(`s${segment}`);
    }
    const value = row?.score ?? null;
    data.push({ year, ...(segment >= 0 ? { [`s${segment}`]: value } : {}) });
    years.push({
      year,
      score: value,
      pctOfMax: row?.pct_of_max ?? null,
      rank: row?.rank ?? null,
      status: statusOf(row, year, topOnlyFrom),
    });
  }
  // Every key present in every year (null elsewhere), as Recharts expects.
  const full = data.map((datum) =>
    Object.fromEntries([['year', datum.year ?? null], ...keys.map((key) => [key, datum[key] ?? null])]),
  );
  return { data: full, keys, years, domain: paddedDomain(years) };
}
