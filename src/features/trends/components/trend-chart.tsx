import { memo, useEffect, useRef } from 'react';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { markFirstChartDrawn } from '@/components/charts/first-chart-mark';
import { seriesColor } from '@/components/charts/palette';
import { useDrawnValue } from '@/components/charts/use-drawn-value';
import type { LineDatum } from '@/domain/trends/line-series';

export interface ChartLine {
  readonly key: string;
  readonly label: string;
  /** Palette slot: the same unit or component keeps its colour across its stretches and charts. */
  readonly slot: number;
  readonly faint?: boolean;
  readonly dashed?: boolean;
  readonly right?: boolean;
}

export interface ChartReference {
  readonly y: number;
  readonly label: string;
}

export interface TrendChartProps {
  readonly data: readonly LineDatum[];
  readonly lines: readonly ChartLine[];
  readonly formatValue: (value: number) => string;
  readonly height?: number;
  /** Rank axis: 1 at the top, whole numbers only. */
  readonly reversed?: boolean;
  readonly references?: readonly ChartReference[];
  readonly compact?: boolean;
  readonly legend?: boolean;
}

const TICK = { fontSize: 12, fill: 'var(--muted)' };
const year = (value: number) => String(value);

/**
 * Every trends chart: Recharts, drawn only when its props change (the trends screen redraws a dozen
 * charts per change), at once when in view, in its turn when off screen (useDrawnValue). Charts only
 * draw: data arrives shaped, `null` where a year is missing (a gap, never 0).
 */
export const TrendChart = memo(function TrendChart(props: TrendChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const drawn = useDrawnValue(props, box);
  return (
    <div ref={box}>
      <LinesChart {...drawn} />
    </div>
  );
});

/** The Recharts drawing itself; given the props it drew last, it skips the render. */
const LinesChart = memo(function LinesChart(props: TrendChartProps) {
  const {
    data,
    lines,
    formatValue,
    height = 260,
    reversed,
    references = [],
    compact,
    legend = !compact,
  } = props;
  useEffect(() => {
    if (data.length > 0) markFirstChartDrawn();
  }, [data]);
  const years = data.map((datum) => datum.year);
  const hasRight = lines.some((line) => line.right);
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 320, height }}>
      {/* data-chart marks the chart's own svg (Recharts passes data-* on) for the PNG export. */}
      <LineChart
        data-chart
        data={[...data]}
        margin={{ top: 10, right: 14, bottom: 4, left: compact ? 0 : 6 }}
      >
        {!compact && <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" />}
        <XAxis
          dataKey="year"
          type="number"
          domain={['dataMin', 'dataMax']}
          ticks={years}
          tickFormatter={year}
          tick={TICK}
          stroke="var(--axis)"
          padding={{ left: 8, right: 8 }}
        />
        <YAxis
          yAxisId="left"
          // Every value tick is drawn (a few nice ticks never collide on a vertical axis), so Recharts
          // measures no tick text in the DOM while it renders: a write there made the next line's
          // length reading lay out the whole page again, once per chart on every redraw.
          interval={0}
          reversed={reversed}
          allowDecimals={!reversed}
          domain={reversed ? [1, 'dataMax'] : ['auto', 'auto']}
          tickFormatter={formatValue}
          tick={TICK}
          stroke="var(--axis)"
          width={compact ? 40 : 52}
        />
        {hasRight && (
          <YAxis
            yAxisId="right"
            orientation="right"
            interval={0}
            tickFormatter={formatValue}
            tick={TICK}
            stroke="var(--axis)"
            width={48}
          />
        )}
        <Tooltip
          labelFormatter={(label) => String(label)}
          formatter={(value) => (typeof value === 'number' ? formatValue(value) : String(value))}
          contentStyle={{
            background: 'var(--surface)',
            border: '1px solid var(--border)',
            color: 'var(--text)',
          }}
        />
        {legend && <Legend wrapperStyle={{ fontSize: 12 }} />}
        {references.map((reference) => (
          <ReferenceLine
            key={`${reference.label}-${reference.y}`}
            yAxisId="left"
            y={reference.y}
            ifOverflow="extendDomain"
            stroke="var(--text)"
            strokeDasharray="6 4"
            label={{ value: reference.label, position: 'insideTopLeft', fontSize: 11, fill: 'var(--text)' }}
          />
        ))}
        {lines.map((line) => (
          <Line
            key={line.key}
            yAxisId={line.right ? 'right' : 'left'}
            dataKey={line.key}
            name={line.label}
            type="linear"
            stroke={seriesColor(line.slot)}
            strokeOpacity={line.faint ? 0.35 : 1}
            strokeDasharray={line.dashed ? '5 4' : undefined}
            strokeWidth={line.faint ? 4 : 2}
            dot={{ r: compact ? 2 : 3, strokeOpacity: line.faint ? 0.35 : 1 }}
            isAnimationActive={false}
            connectNulls={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
});
