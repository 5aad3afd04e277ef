import { useEffect, useRef } from 'react';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useChartTurn } from './chart-turns';
import { markFirstChartDrawn } from './first-chart-mark';
import { seriesColor } from './palette';

export interface LineSeries {
  readonly key: string;
  readonly label: string;
  /** Drawn faintly behind the others (e.g. the best peer). */
  readonly faint?: boolean;
  readonly dashed?: boolean;
}

export interface SimpleLineChartProps {
  readonly data: readonly Record<string, number | string | null>[];
  readonly xKey: string;
  readonly series: readonly LineSeries[];
  readonly formatValue: (value: number) => string;
  readonly height?: number;
  readonly domain?: [number | 'auto', number | 'auto'];
  readonly compact?: boolean;
}

/** Charts only draw: the data arrives shaped, one object per x value, `null` where a year is missing. */
export function SimpleLineChart({
  data,
  xKey,
  series,
  formatValue,
  height = 220,
  domain,
  compact,
}: SimpleLineChartProps) {
  const placeholder = useRef<HTMLDivElement>(null);
  const ready = useChartTurn(placeholder);
  useEffect(() => {
    if (ready && data.length > 0) markFirstChartDrawn();
  }, [ready, data]);
  if (!ready)
    return <div ref={placeholder} className="chart-placeholder" style={{ height }} aria-hidden="true" />;
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 320, height }}>
      <LineChart data={[...data]} margin={{ top: 8, right: 12, bottom: 4, left: compact ? 0 : 8 }}>
        {!compact && <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" />}
        <XAxis dataKey={xKey} tick={{ fontSize: 12, fill: 'var(--muted)' }} stroke="var(--axis)" />
        <YAxis
          domain={domain ?? ['auto', 'auto']}
          tickFormatter={(value: number) => formatValue(value)}
          tick={{ fontSize: 12, fill: 'var(--muted)' }}
          stroke="var(--axis)"
          width={compact ? 44 : 56}
        />
        <Tooltip
          formatter={(value) => (typeof value === 'number' ? formatValue(value) : String(value))}
          contentStyle={{
            background: 'var(--surface)',
            border: '1px solid var(--border)',
            color: 'var(--text)',
          }}
        />
        {series.map((line, position) => (
          <Line
            key={line.key}
            dataKey={line.key}
            name={line.label}
            type="linear"
            stroke={seriesColor(position)}
            strokeOpacity={line.faint ? 0.35 : 1}
            strokeDasharray={line.dashed ? '5 4' : undefined}
            strokeWidth={line.faint ? 1.5 : 2}
            dot={{ r: compact ? 2 : 3 }}
            isAnimationActive={false}
            connectNulls={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
