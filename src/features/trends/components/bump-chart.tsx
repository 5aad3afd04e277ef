import { memo, useMemo } from 'react';
import { ChartFrame } from '@/components/charts/chart-frame';
import { formatInteger } from '@/i18n/format';
import { linesTable } from '../model/chart-table';
import { bumpLines } from '../model/shape';
import type { UnitLinesChartProps } from './chart-props';
import { TrendChart } from './trend-chart';

export interface BumpChartProps extends UnitLinesChartProps {
  readonly level: string;
}

/** Ranks of the chosen units, rank 1 on top; lines are cut where the set of peers changed. */
export const BumpChart = memo(function BumpChart({
  labels,
  footnote,
  series,
  units,
  focus,
  mergersOf,
  level,
}: BumpChartProps) {
  const { t, lang, unitName, componentLabel } = labels;
  const bump = useMemo(
    () =>
      bumpLines(
        series,
        units,
        focus,
        level,
        units.flatMap((unit) => mergersOf(unit)),
      ),
    [series, units, focus, mergersOf, level],
  );
  const format = (value: number) => formatInteger(value, lang);
  const lines = bump.keys.map((key) => {
    const unit = bump.unitOf[key] ?? key;
    const since = key.includes('@') ? key.split('@')[1] : undefined;
    return {
      key,
      slot: units.indexOf(unit),
      label: `${unitName(unit)}${since ? ` (${t('since', { year: since })})` : ''}`,
    };
  });
  return (
    <div className="card trends-card">
      <ChartFrame
        title={t('bump.title', { component: componentLabel(focus) })}
        summary={t('bump.summary')}
        table={linesTable(bump.data, lines, t('year', { ns: 'common' }), format)}
        footnote={`${t('computed')} ${footnote}`}
      >
        <TrendChart data={bump.data} lines={lines} formatValue={format} reversed />
      </ChartFrame>
    </div>
  );
});
