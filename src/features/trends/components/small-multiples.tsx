import { memo, useMemo } from 'react';
import { lastValue } from '../model/chart-table';
import { componentLines } from '../model/shape';
import type { TrendChartProps } from './chart-props';
import { LinesFigure } from './lines-figure';

export interface SmallMultiplesProps extends TrendChartProps {
  readonly home: string;
  readonly components: readonly string[];
}

/** One small chart per component, each on its own scale, so a small component's moves stay visible. */
export const SmallMultiples = memo(function SmallMultiples(props: SmallMultiplesProps) {
  const { labels, range, series, home, components } = props;
  const { t, unitName, componentLabel, format } = labels;
  const charts = useMemo(
    () =>
      components.map((code) => {
        const shaped = componentLines(series, home, new Set([code]), [], range);
        const lines = shaped.lines.map((line) => ({ key: line.key, label: componentLabel(code), slot: 0 }));
        return { code, data: shaped.data, lines, latest: lastValue(shaped.data, code) };
      }),
    [series, home, components, range, componentLabel],
  );
  if (charts.length === 0) return null;
  return (
    <section className="trends-multiples-section" aria-labelledby="trends-multiples">
      <h2 id="trends-multiples" className="trends-subheading">
        {t('multiples.title', { unit: unitName(home) })}
      </h2>
      <div className="trends-multiples">
        {charts.map(({ code, data, lines, latest }) => (
          <div key={code} className="card trends-card trends-small">
            <LinesFigure
              labels={labels}
              title={componentLabel(code)}
              summary={
                latest
                  ? t('multiples.summary', { year: latest.year, value: format(latest.value) })
                  : t('multiples.empty')
              }
              footnote={props.footnote}
              data={data}
              lines={lines}
              height={150}
              compact
            />
          </div>
        ))}
      </div>
    </section>
  );
});
