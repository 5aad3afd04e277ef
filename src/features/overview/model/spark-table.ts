import type { CsvCell } from '@/lib/csv-export';
import type { SparkStatus, SparkYear } from './spark-model';

export interface SparkTableText {
  readonly header: readonly [string, string, string, string];
  readonly status: Readonly<Record<Exclude<SparkStatus, 'scored'>, string>>;
  readonly score: (value: number | null) => string;
  readonly percent: (value: number | null) => string;
  readonly integer: (value: number | null) => string;
}

/**
 * The sparkline's data table: a year without a score says why in words (not published, rank only,
 * no data), on screen and in the CSV alike, so an export never turns "not published" into a blank or 0.
 */
export function toSparkTable(years: readonly SparkYear[], text: SparkTableText) {
  const why = (year: SparkYear) => (year.status === 'scored' ? null : text.status[year.status]);
  return {
    header: text.header,
    rows: years.map((year): CsvCell[] => [year.year, year.score ?? why(year), year.pctOfMax, year.rank]),
    displayRows: years.map((year) => [
      String(year.year),
      year.score === null ? (why(year) ?? '') : text.score(year.score),
      text.percent(year.pctOfMax),
      text.integer(year.rank),
    ]),
  };
}
