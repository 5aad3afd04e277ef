import type { SeriesRow } from '@/sql/series';
import type { TrendsLabels } from './use-trends-labels';

/** What every trends chart is given: its words, the years shown, the source line and the series. */
export interface TrendChartProps {
  readonly labels: TrendsLabels;
  readonly range: { readonly from: number; readonly to: number };
  readonly footnote: string;
  readonly series: readonly SeriesRow[];
}

/** A chart with a line per unit: the units, the component shown, and the years each unit merged. */
export interface UnitLinesChartProps extends TrendChartProps {
  readonly units: readonly string[];
  readonly focus: string;
  readonly mergersOf: (unit: string) => readonly number[];
}
