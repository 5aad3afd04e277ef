/** The baseline a chart draws: the home unit's value in the base year, and its change to the last year. */
export interface BaselineMark {
  readonly year: number;
  readonly source: 'chosen' | 'target';
  readonly value: number;
  /** The last year of the range against the base year; null when it has none or is not comparable. */
  readonly change: number | null;
  readonly comparable: boolean | null;
}
