import { memo, useMemo } from 'react';
import { ChartFrame } from '@/components/charts/chart-frame';
import { lastValue, linesTable } from '../model/chart-table';
import { componentLines } from '../model/shape';
import type { TrendChartProps } from './chart-props';
import { TrendChart } from './trend-chart';

export interface SmallMultiplesProps extends TrendChartProps {
  readonly home: string;
  readonly components: readonly string[];
}

/** One small chart per component, each on its own scale, so a small component's moves stay visible. */
export const SmallMultiples = memo(function SmallMultiples({
  labels,
  range,
  footnote,
  series,
  home,
  components,
}: SmallMultiplesProps) {
  const { t, unitName, componentLabel, format } = labels;
  const charts = useMemo(
    () =>
      components.map((code) => ({ code, shaped: componentLines(series, home, new Set([code]), [], range) })),
    [series, home, components, range],
  );
  if (charts.length === 0) return null;
  return (
    <section className="trends-multiples-section" aria-labelledby="trends-multiples">
      <h2 id="trends-multiples" className="trends-subheading">
        {t('multiples.title', { unit: unitName(home) })}
      </h2>
      <div className="trends-multiples">
        {charts.map(({ code, shaped }) => {
          const lines = shaped.lines.map((line) => ({ key: line.key, label: componentLabel(code), slot: 0 }));
          const latest = lastValue(shaped.data, code);
          return (
            <div key={code} className="card trends-card trends-small">
              <ChartFrame
                title={componentLabel(code)}
                summary={
                  latest
                    ? t('multiples.summary', { year: latest.year, value: format(latest.value) })
                    : t('multiples.empty')
                }
                table={linesTable(shaped.data, lines, t('year', { ns: 'common' }), format)}
                footnote={footnote}
              >
                <TrendChart data={shaped.data} lines={lines} formatValue={format} height={150} compact />
              </ChartFrame>
            </div>
          );
        })}
      </div>
    </section>
  );
});
