import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import {
  CartesianGrid,
  Curve,
  Legend,
  Line,
  LineChart,
  type LineDrawShapeProps,
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

// Fixed props are fixed objects: Recharts compares most props by identity, and a new array or object
// each render made it register the axis or the tooltip again.
const TICK = { fontSize: 12, fill: 'var(--muted)' };
const year = (value: number) => String(value);
const yearLabel = (label: unknown) => String(label);
const MARGIN = { top: 10, right: 14, bottom: 4, left: 6 };
const MARGIN_COMPACT = { ...MARGIN, left: 0 };
const X_DOMAIN = ['dataMin', 'dataMax'] as const;
const X_PADDING = { left: 8, right: 8 };
const SCORE_DOMAIN = ['auto', 'auto'] as const;
const RANK_DOMAIN = [1, 'dataMax'] as const;
const TOOLTIP_STYLE = {
  background: 'var(--surface)',
  border: '1px solid var(--border)',
  color: 'var(--text)',
};
const LEGEND_STYLE = { fontSize: 12 };
const DOT = { r: 3, strokeOpacity: 1 };
const DOT_FAINT = { r: 3, strokeOpacity: 0.35 };
const DOT_COMPACT = { r: 2, strokeOpacity: 1 };
const DOT_COMPACT_FAINT = { r: 2, strokeOpacity: 0.35 };

/**
 * A line's path as Recharts' own shape draws it with animation off, minus the ref to it: Recharts
 * reads the length of a path it holds a ref to on every render of its line (for the entrance
 * animation, off here), and each reading laid the page out again, once per line on every redraw.
 */
function linePath(props: LineDrawShapeProps) {
  const {
    pathRef: _path,
    animationElapsedTime: _elapsed,
    isAnimating: _animating,
    isEntrance: _entrance,
    visibleLength: _length,
    strokeDasharray,
    connectNulls,
    ...curve
  } = props;
  return (
    <Curve
      {...curve}
      connectNulls={connectNulls ?? false}
      strokeDasharray={strokeDasharray === undefined ? undefined : String(strokeDasharray)}
    />
  );
}

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
  const rows = useMemo(() => [...data], [data]);
  // The same years keep the same array (a change of unit keeps the years): the x axis then stays
  // registered as it was instead of being set again for every chart.
  const shownYears = useRef<readonly number[]>([]);
  const years = useMemo(() => {
    const next = data.map((datum) => datum.year);
    const same =
      next.length === shownYears.current.length && next.every((y, at) => y === shownYears.current[at]);
    return same ? shownYears.current : next;
  }, [data]);
  useEffect(() => {
    shownYears.current = years;
  }, [years]);
  const hasRight = lines.some((line) => line.right);
  const formatTooltip = useCallback(
    (value: unknown) => (typeof value === 'number' ? formatValue(value) : String(value)),
    [formatValue],
  );
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 320, height }}>
      {/* data-chart marks the chart's own svg (Recharts passes data-* on) for the PNG export. */}
      <LineChart data-chart data={rows} margin={compact ? MARGIN_COMPACT : MARGIN}>
        {!compact && <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" />}
        <XAxis
          dataKey="year"
          type="number"
          domain={X_DOMAIN}
          ticks={years}
          tickFormatter={year}
          tick={TICK}
          stroke="var(--axis)"
          padding={X_PADDING}
        />
        <YAxis
          yAxisId="left"
          // Every value tick is drawn (a few nice ticks never collide on a vertical axis), so Recharts
          // measures no tick text in the DOM while it renders: a write there made the next line's
          // length reading lay out the whole page again, once per chart on every redraw.
          interval={0}
          reversed={reversed}
          allowDecimals={!reversed}
          domain={reversed ? RANK_DOMAIN : SCORE_DOMAIN}
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
        <Tooltip labelFormatter={yearLabel} formatter={formatTooltip} contentStyle={TOOLTIP_STYLE} />
        {legend && <Legend wrapperStyle={LEGEND_STYLE} />}
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
            dot={compact ? (line.faint ? DOT_COMPACT_FAINT : DOT_COMPACT) : line.faint ? DOT_FAINT : DOT}
            shape={linePath}
            isAnimationActive={false}
            connectNulls={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
});
