import type { LineDatum } from '@/domain/trends/line-series';
import { MISSING } from '@/i18n/format';

export interface TableColumn {
  readonly key: string;
  readonly label: string;
}

/** The data table behind a line chart: one row per year, raw numbers for CSV, formatted for screen. */
export function linesTable(
  data: readonly LineDatum[],
  columns: readonly TableColumn[],
  yearLabel: string,
  format: (value: number) => string,
) {
  return {
    header: [yearLabel, ...columns.map((column) => column.label)],
    rows: data.map((datum) => [datum.year, ...columns.map((column) => datum[column.key] ?? null)]),
    displayRows: data.map((datum) => [
      String(datum.year),
      ...columns.map((column) => {
        const value = datum[column.key];
        return typeof value === 'number' ? format(value) : MISSING;
      }),
    ]),
  };
}

/** The last year in which `key` has a value, with that value, for a chart's one-sentence summary. */
export function lastValue(data: readonly LineDatum[], key: string): { year: number; value: number } | null {
  for (let position = data.length - 1; position >= 0; position -= 1) {
    const datum = data[position];
    const value = datum?.[key];
    if (datum && typeof value === 'number') return { year: datum.year, value };
  }
  return null;
}
