import { memo, useMemo } from 'react';
import type { IndexCode } from '@/domain/catalogue';
import { indexDef } from '@/domain/catalogue';
import { lastValue } from '../model/chart-table';
import { componentLines } from '../model/shape';
import type { TrendChartProps } from './chart-props';
import { LinesFigure } from './lines-figure';

export interface ComponentsChartProps extends TrendChartProps {
  readonly home: string;
  readonly components: readonly string[];
  readonly mergers: readonly number[];
  readonly index: IndexCode;
}

/** The home unit's total and components; the total, on another scale, reads on the right axis. */
export const ComponentsChart = memo(function ComponentsChart(props: ComponentsChartProps) {
  const { labels, range, series, home, components, mergers } = props;
  const { t, componentLabel, unitName, format, stretchLabel } = labels;
  const shaped = useMemo(
    () => componentLines(series, home, new Set(components), mergers, range),
    [series, home, components, mergers, range],
  );
  const { lines, columns } = useMemo(() => {
    const withOthers = components.some((code) => code !== 'TOTAL');
    return {
      lines: shaped.lines.map((line) => {
        const right = line.base === 'TOTAL' && withOthers;
        const name = stretchLabel(line.base === 'TOTAL' ? t('total') : line.base, line.since);
        const slot = Math.max(0, components.indexOf(line.base));
        return { key: line.key, slot, right, label: right ? `${name} (${t('rightAxis')})` : name };
      }),
      columns: shaped.lines.map((line) => ({
        key: line.key,
        label: stretchLabel(componentLabel(line.base), line.since),
      })),
    };
  }, [shaped, components, t, stretchLabel, componentLabel]);
  const total = shaped.lines.find((line) => line.base === 'TOTAL');
  const latest = total ? lastValue(shaped.data, total.key) : null;
  return (
    <div className="card trends-card">
      <LinesFigure
        labels={labels}
        headingLevel={2}
        title={t('components.title', {
          unit: unitName(home),
          index: indexDef(props.index).short[labels.lang],
          ...range,
        })}
        summary={
          latest
            ? t('components.summary', { year: latest.year, total: format(latest.value) })
            : t('components.summaryNoTotal')
        }
        footnote={props.footnote}
        data={shaped.data}
        lines={lines}
        columns={columns}
        height={320}
      />
    </div>
  );
});
