import { memo, useMemo } from 'react';
import { evaluateTarget, type Target, type TargetFacts } from '@/domain/targets/targets';
import { formatDelta, MISSING } from '@/i18n/format';
import { lastValue } from '../model/chart-table';
import { unitLines } from '../model/shape';
import type { BaselineMark } from '../model/types';
import type { UnitLinesChartProps } from './chart-props';
import { LinesFigure } from './lines-figure';

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
  const { t, unitName, componentLabel, format, stretchLabel } = labels;
  const shaped = useMemo(
    () => unitLines(series, units, focus, mergersOf, range),
    [series, units, focus, mergersOf, range],
  );
  const lines = useMemo(
    () =>
      shaped.lines.map((line) => ({
        key: line.key,
        slot: units.indexOf(line.base),
        label: stretchLabel(unitName(line.base), line.since),
      })),
    [shaped, units, stretchLabel, unitName],
  );
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
  const values = lines
    .map((line) => ({ line, last: lastValue(shaped.data, line.key) }))
    .filter((entry) => entry.last !== null && entry.last.year === range.to)
    .map((entry) => `${entry.line.label} ${format(entry.last?.value ?? 0)}`);
  return (
    <div className="card trends-card" data-testid="compare-chart">
      <LinesFigure
        labels={labels}
        title={t('compare.title', { component: componentLabel(focus), count: units.length, ...range })}
        summary={`${t('compare.summary', { year: range.to, values: values.join('; ') || MISSING })}${baseSummary}`}
        footnote={references.length > 0 ? `${t('targets.onChart')} ${footnote}` : footnote}
        data={shaped.data}
        lines={lines}
        references={[...baseReference, ...references]}
      />
    </div>
  );
});
