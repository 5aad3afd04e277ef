import { memo, useMemo } from 'react';
import { formatInteger } from '@/i18n/format';
import { bumpLines } from '../model/shape';
import type { UnitLinesChartProps } from './chart-props';
import { LinesFigure } from './lines-figure';

export interface BumpChartProps extends UnitLinesChartProps {
  readonly level: string;
}

/** Ranks of the chosen units, rank 1 on top; lines are cut where the set of peers changed. */
export const BumpChart = memo(function BumpChart(props: BumpChartProps) {
  const { labels, range, series, units, focus, mergersOf, level } = props;
  const { t, lang, unitName, componentLabel, stretchLabel } = labels;
  const bump = useMemo(
    () => bumpLines(series, units, focus, level, mergersOf, range),
    [series, units, focus, level, mergersOf, range],
  );
  const lines = useMemo(
    () =>
      bump.lines.map((line) => ({
        key: line.key,
        slot: units.indexOf(line.base),
        label: stretchLabel(unitName(line.base), line.since),
      })),
    [bump, units, stretchLabel, unitName],
  );
  const format = useMemo(() => (value: number) => formatInteger(value, lang), [lang]);
  return (
    <div className="card trends-card">
      <LinesFigure
        labels={labels}
        title={t('bump.title', { component: componentLabel(focus) })}
        summary={t('bump.summary')}
        footnote={`${t('computed')} ${props.footnote}`}
        data={bump.data}
        lines={lines}
        format={format}
        reversed
      />
    </div>
  );
});
