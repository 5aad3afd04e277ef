import { memo, useMemo } from 'react';
import { ChartFrame } from '@/components/charts/chart-frame';
import { evaluateTarget, type Target, type TargetFacts } from '@/domain/targets/targets';
import { formatDelta, MISSING } from '@/i18n/format';
import { lastValue, linesTable } from '../model/chart-table';
import { unitLines } from '../model/shape';
import type { BaselineMark } from '../model/types';
import type { UnitLinesChartProps } from './chart-props';
import { TrendChart } from './trend-chart';

export interface CompareChartProps extends UnitLinesChartProps {
  readonly targets: readonly Target[];
  readonly facts: TargetFacts;
  readonly home: string;
  /** The chosen baseline (a base year or the target's): drawn as a level, stated in the summary. */
  readonly baseline: BaselineMark | null;
}

/** Up to six units on one component; score targets on that component are drawn as dashed levels. */
export const CompareChart = memo(function CompareChart({
  labels,
  range,
  footnote,
  series,
  units,
  focus,
  mergersOf,
  targets,
  facts,
  home,
  baseline,
}: CompareChartProps) {
  const { t, unitName, componentLabel, format } = labels;
  const shaped = useMemo(
    () => unitLines(series, units, focus, mergersOf, range),
    [series, units, focus, mergersOf, range],
  );
  const label = (base: string, since: number | null) =>
    `${unitName(base)}${since ? ` (${t('since', { year: since })})` : ''}`;
  const lines = shaped.lines.map((line) => ({
    key: line.key,
    slot: units.indexOf(line.base),
    label: label(line.base, line.since),
  }));
  const references = targets
    .filter((target) => target.component === focus && target.kind !== 'rank_up')
    .flatMap((target) => {
      const goal = evaluateTarget(target, facts).goal;
      return goal === null
        ? []
        : [
            {
              y: goal,
              label: `${unitName(target.unit)}: ${t('targets.goalLabel', { year: target.targetYear })} ${format(goal)}`,
            },
          ];
    });
  const baseReference = baseline
    ? [
        {
          y: baseline.value,
          label: t('compare.baseLevel', {
            unit: unitName(home),
            year: baseline.year,
            value: format(baseline.value),
          }),
        },
      ]
    : [];
  const baseSummary = baseline
    ? ` ${
        baseline.change !== null
          ? t('compare.baseChange', {
              unit: unitName(home),
              year: baseline.year,
              to: range.to,
              change: formatDelta(baseline.change, labels.lang),
            })
          : t('compare.baseNotComparable', { unit: unitName(home), year: baseline.year, to: range.to })
      }`
    : '';
  const values = shaped.lines
    .map((line) => ({ line, last: lastValue(shaped.data, line.key) }))
    .filter((entry) => entry.last !== null && entry.last.year === range.to)
    .map((entry) => `${label(entry.line.base, entry.line.since)} ${format(entry.last?.value ?? 0)}`);
  return (
    <div className="card trends-card" data-testid="compare-chart">
      <ChartFrame
        title={t('compare.title', { component: componentLabel(focus), count: units.length, ...range })}
        summary={`${t('compare.summary', { year: range.to, values: values.join('; ') || MISSING })}${baseSummary}`}
        table={linesTable(shaped.data, lines, t('year', { ns: 'common' }), format)}
        footnote={references.length > 0 ? `${t('targets.onChart')} ${footnote}` : footnote}
      >
        <TrendChart
          data={shaped.data}
          lines={lines}
          formatValue={format}
          references={[...baseReference, ...references]}
        />
      </ChartFrame>
    </div>
  );
});
