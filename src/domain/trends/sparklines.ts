import type { IndexCode } from '@/domain/catalogue';

export interface SparkRow {
  readonly index_code: IndexCode;
  readonly year: number;
  readonly score: number | null;
}

export interface SparkPoint {
  readonly year: number;
  readonly value: number | null;
}

/** Groups the overview's sparkline rows per index, one point per year in between (null = gap). */
export function toSparklines(rows: readonly SparkRow[]): Map<IndexCode, SparkPoint[]> {
  const byIndex = new Map<IndexCode, Map<number, number | null>>();
  for (const row of rows) {
    const years = byIndex.get(row.index_code) ?? new Map<number, number | null>();
    years.set(row.year, row.score);
    byIndex.set(row.index_code, years);
  }
  const out = new Map<IndexCode, SparkPoint[]>();
  for (const [index, years] of byIndex) {
    const known = [...years.keys()];
    const points: SparkPoint[] = [];
    for (let year = Math.min(...known); year <= Math.max(...known); year += 1) {
      points.push({ year, value: years.get(year) ?? null });
    }
    out.set(index, points);
  }
  return out;
}
