/** One chart row for Recharts: the year and one value per series key; null draws a gap, never 0. */
export type LineDatum = Readonly<Record<string, number | null>> & { readonly year: number };

export interface LineSeries {
  readonly data: readonly LineDatum[];
  /** Series keys in first-seen order (the order the rows came in from SQL). */
  readonly keys: readonly string[];
}

/**
 * Pivots long rows into one object per year from the first to the last year seen, every key present
 * in every year: a year without a row (or with a null value) is null, so the line breaks there.
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
  if (values.size === 0) return { data: [], keys };
  const years = [...values.keys()];
  const data: LineDatum[] = [];
  for (let year = Math.min(...years); year <= Math.max(...years); year += 1) {
    const known = values.get(year);
    const datum: Record<string, number | null> = { year };
    for (const key of keys) datum[key] = known?.get(key) ?? null;
    data.push(datum as LineDatum);
  }
  return { data, keys };
}
