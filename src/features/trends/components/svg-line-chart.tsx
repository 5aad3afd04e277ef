import { memo, useEffect, useMemo } from 'react';
import { markFirstChartDrawn } from '@/components/charts/first-chart-mark';
import { seriesColor } from '@/components/charts/palette';
import { linePath, planPlot } from '../model/svg-chart';
import { ChartLegend, XAxisMarks, YAxisMarks } from './svg-chart-parts';
import type { TrendChartProps } from './trend-chart';

const WIDTH = { compact: 320, full: 560 } as const;

/**
 * The same chart as `TrendChart`, drawn as plain SVG: a Recharts chart costs tens of milliseconds
 * per render, and the trends screen redraws a dozen of them on every change (issue 3's bar is
 * 100 ms). The viewBox scales with the card; each point carries its value as a native tooltip.
 */
export const SvgLineChart = memo(function SvgLineChart(props: TrendChartProps) {
  const { data, lines, formatValue, height = 260, reversed, references = [], compact } = props;
  const legend = props.legend ?? !compact;
  const hasRight = lines.some((line) => line.right);
  const box = useMemo(
    () => ({
      width: compact ? WIDTH.compact : WIDTH.full,
      height,
      left: compact ? 40 : 52,
      right: hasRight ? 48 : 14,
      top: 10,
      bottom: 22,
    }),
    [compact, height, hasRight],
  );
  const plot = useMemo(
    () => planPlot(data, lines, box, { reversed, references: references.map((reference) => reference.y) }),
    [data, lines, box, reversed, references],
  );
  useEffect(() => {
    if (data.length > 0) markFirstChartDrawn();
  }, [data]);
  const y = (right?: boolean) => (right && plot.right ? plot.right.scale : plot.left.scale);
  return (
    <div className="svg-chart">
      <svg
        data-chart
        aria-hidden="true"
        viewBox={`0 0 ${box.width} ${box.height}`}
        width="100%"
        className="svg-chart-surface"
      >
        <XAxisMarks plot={plot} box={box} />
        <YAxisMarks axis={plot.left} box={box} side="left" format={formatValue} grid={!compact} />
        {plot.right && <YAxisMarks axis={plot.right} box={box} side="right" format={formatValue} />}
        {references.map((reference) => (
          <g key={`${reference.label}-${reference.y}`} className="svg-chart-reference">
            <line
              x1={box.left}
              x2={box.width - box.right}
              y1={plot.left.scale(reference.y)}
              y2={plot.left.scale(reference.y)}
              stroke="var(--text)"
              strokeDasharray="6 4"
            />
            <text x={box.left + 4} y={plot.left.scale(reference.y) - 4} fontSize={11} fill="var(--text)">
              {reference.label}
            </text>
          </g>
        ))}
        {lines.map((line) => {
          const color = seriesColor(line.slot);
          const opacity = line.faint ? 0.35 : 1;
          const scale = y(line.right);
          return (
            <g key={line.key} data-line={line.key}>
              <path
                className="svg-chart-line"
                d={linePath(data, line.key, plot.x, scale)}
                fill="none"
                stroke={color}
                strokeOpacity={opacity}
                strokeWidth={line.faint ? 4 : 2}
                strokeDasharray={line.dashed ? '5 4' : undefined}
              />
              {data.map((datum) => {
                const value = datum[line.key];
                return typeof value === 'number' ? (
                  <circle
                    key={datum.year}
                    cx={plot.x(datum.year)}
                    cy={scale(value)}
                    r={compact ? 2 : 3}
                    fill="var(--surface, #fff)"
                    stroke={color}
                    strokeOpacity={opacity}
                  >
                    <title>{`${line.label}, ${datum.year}: ${formatValue(value)}`}</title>
                  </circle>
                ) : null;
              })}
            </g>
          );
        })}
      </svg>
      {legend && <ChartLegend lines={lines} />}
    </div>
  );
});
