import type { IndexCode } from '@/domain/catalogue';
import type { OverviewSeriesRow } from '@/sql/overview-extra';
import type { CellStatus } from '@/sql/ranks';

/** Why a year of the sparkline has (or lacks) a value, as SQL says it; the data table says it in words. */
export type SparkStatus = CellStatus;

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

function paddedDomain(years: readonly SparkYear[]): [number, number] | null {
  const values = years.flatMap((year) => (year.score === null ? [] : [year.score]));
  if (values.length === 0) return null;
  const low = Math.min(...values);
  const high = Math.max(...values);
  const pad = Math.max((high - low) * 0.15, 1);
  return [Math.floor(low - pad), Math.ceil(high + pad)];
}

/**
 * The card's sparkline: one point per year of the SQL series (every year from the unit's first figure
 * on, a gap as a row of NULLs, never 0), cut into segments wherever SQL says a step is not comparable,
 * so no line joins a 60-point PAPI total to an 80-point one.
 */
export function toSparkModel(index: IndexCode, series: readonly OverviewSeriesRow[]): SparkModel {
  const rows = series.filter((row) => row.index_code === index);
  const keys: string[] = [];
  const data: Record<string, number | null>[] = [];
  const years: SparkYear[] = [];
  let segment = -1;
  for (const row of rows) {
    const present = row.status === 'scored' || row.status === 'rank_only';
    if (present && (segment < 0 || row.comparable === false)) {
      segment += 1;
      keys.push(`s${segment}`);
    }
    data.push({ year: row.year, ...(segment >= 0 ? { [`s${segment}`]: row.score } : {}) });
    years.push({
      year: row.year,
      score: row.score,
      pctOfMax: row.pct_of_max,
      rank: row.rank,
      status: row.status,
    });
  }
  // Every key present in every year (null elsewhere), as Recharts expects.
  const full = data.map((datum) =>
    Object.fromEntries([['year', datum.year ?? null], ...keys.map((key) => [key, datum[key] ?? null])]),
  );
  return { data: full, keys, years, domain: paddedDomain(years) };
}
