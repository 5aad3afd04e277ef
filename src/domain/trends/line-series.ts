/** One chart row for Recharts: the year and one value per series key; null draws a gap, never 0. */
export type LineDatum = Readonly<Record<string, number | null>> & { readonly year: number };

export interface LineSeries {
  readonly data: readonly LineDatum[];
  /** Series keys in first-seen order (the order the rows came in from SQL). */
  readonly keys: readonly string[];
}

/**
 * Pivots long rows into one object per year of the rows, in year order, every key present in every
 * year: a key without a row that year (or with a null value) is null, so the line breaks there. The
 * missing years themselves come from SQL: a series query returns every year of its range, a gap as a
 * row of NULLs (`buildSeries`), so no year is made up here.
 */
export function toLineSeries<T extends { readonly year: number }>(
  rows: readonly T[],
  keyOf: (row: T) => string,
  valueFor: (row: T) => number | null,
): LineSeries {
  const keys: string[] = [];
  const values = new Map<number, Map<string, number | null>>();
  for (const row of rows) {
    const key = keyOf(row);
    if (!keys.includes(key)) keys.push(key);
    const year = values.get(row.year) ?? new Map<string, number | null>();
    year.set(key, valueFor(row));
    values.set(row.year, year);
  }
  const data = [...values.keys()]
    .sort((a, b) => a - b)
    .map((year) => {
      const known = values.get(year);
      const datum: Record<string, number | null> = { year };
      for (const key of keys) datum[key] = known?.get(key) ?? null;
      return datum as LineDatum;
    });
  return { data, keys };
}

/** The last break at or before `year`, or null: a line is cut there and drawn as a new one. */
export function stretchSince(year: number, breaks: readonly number[]): number | null {
  const since = breaks.filter((brk) => brk <= year).reduce((latest, brk) => Math.max(latest, brk), -Infinity);
  return Number.isFinite(since) ? since : null;
}
