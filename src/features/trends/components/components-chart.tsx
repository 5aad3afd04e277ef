import { memo, useMemo } from 'react';
import { ChartFrame } from '@/components/charts/chart-frame';
import type { IndexCode } from '@/domain/catalogue';
import { indexDef } from '@/domain/catalogue';
import { lastValue, linesTable } from '../model/chart-table';
import { componentLines } from '../model/shape';
import type { TrendChartProps } from './chart-props';
import { TrendChart } from './trend-chart';

export interface ComponentsChartProps extends TrendChartProps {
  readonly home: string;
  readonly components: readonly string[];
  readonly mergers: readonly number[];
  readonly index: IndexCode;
}

/** The home unit's total and components; the total, on another scale, reads on the right axis. */
export const ComponentsChart = memo(function ComponentsChart({
  labels,
  range,
  footnote,
  series,
  home,
  components,
  mergers,
  index,
}: ComponentsChartProps) {
  const { t, componentLabel, unitName, format } = labels;
  const shaped = useMemo(
    () => componentLines(series, home, new Set(components), mergers, range),
    [series, home, components, mergers, range],
  );
  const withOthers = components.some((code) => code !== 'TOTAL');
  const lines = shaped.lines.map((line) => ({
    key: line.key,
    slot: Math.max(0, components.indexOf(line.base)),
    right: line.base === 'TOTAL' && withOthers,
    label: `${line.base === 'TOTAL' ? t('total') : line.base}${line.since ? ` (${t('since', { year: line.since })})` : ''}${
      line.base === 'TOTAL' && withOthers ? ` (${t('rightAxis')})` : ''
    }`,
  }));
  const columns = shaped.lines.map((line) => ({
    key: line.key,
    label: `${componentLabel(line.base)}${line.since ? ` (${t('since', { year: line.since })})` : ''}`,
  }));
  const total = shaped.lines.find((line) => line.base === 'TOTAL');
  const latest = total ? lastValue(shaped.data, total.key) : null;
  return (
    <div className="card trends-card">
      <ChartFrame
        headingLevel={2}
        title={t('components.title', {
          unit: unitName(home),
          index: indexDef(index).short[labels.lang],
          ...range,
        })}
        summary={
          latest
            ? t('components.summary', { year: latest.year, total: format(latest.value) })
            : t('components.summaryNoTotal')
        }
        table={linesTable(shaped.data, columns, t('year', { ns: 'common' }), format)}
        footnote={footnote}
      >
        <TrendChart data={shaped.data} lines={lines} formatValue={format} height={320} />
      </ChartFrame>
    </div>
  );
});
