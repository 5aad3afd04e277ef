import { ChartFrame } from '@/components/charts/chart-frame';
import type { LineDatum } from '@/domain/trends/line-series';
import { linesTable, type TableColumn } from '../model/chart-table';
import { type ChartLine, type ChartReference, TrendChart } from './trend-chart';
import type { TrendsLabels } from './use-trends-labels';

export interface LinesFigureProps {
  readonly labels: TrendsLabels;
  readonly title: string;
  readonly summary: string;
  readonly footnote: string;
  readonly data: readonly LineDatum[];
  readonly lines: readonly ChartLine[];
  /** The data table's columns, when they are named otherwise than the legend. */
  readonly columns?: readonly TableColumn[];
  readonly format?: (value: number) => string;
  readonly headingLevel?: 2 | 3;
  readonly height?: number;
  readonly reversed?: boolean;
  readonly references?: readonly ChartReference[];
  readonly compact?: boolean;
}

/** A trends chart with its title, summary sentence, data table and exports. */
export function LinesFigure(props: LinesFigureProps) {
  const { labels, data, lines, format = labels.format } = props;
  return (
    <ChartFrame
      headingLevel={props.headingLevel}
      title={props.title}
      summary={props.summary}
      table={linesTable(data, props.columns ?? lines, labels.t('year', { ns: 'common' }), format)}
      footnote={props.footnote}
    >
      <TrendChart
        data={data}
        lines={lines}
        formatValue={format}
        height={props.height}
        reversed={props.reversed}
        references={props.references}
        compact={props.compact}
      />
    </ChartFrame>
  );
}
