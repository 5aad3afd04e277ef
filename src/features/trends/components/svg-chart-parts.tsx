import { seriesColor } from '@/components/charts/palette';
import type { Axis, Plot, PlotBox } from '../model/svg-chart';
import type { ChartLine } from './trend-chart';

const TICK = { fontSize: 11, fill: 'var(--muted)' } as const;

/** Years along the bottom, one tick per year (the ranges on screen are at most ~15 years). */
export function XAxisMarks({ plot, box }: { plot: Plot; box: PlotBox }) {
  const baseline = box.height - box.bottom;
  // Every other label when they would crowd: a 320-unit chart holds about 8 four-digit years.
  const every = Math.ceil(plot.years.length / ((box.width - box.left - box.right) / 36));
  return (
    <g className="svg-chart-x">
      <line x1={box.left} x2={box.width - box.right} y1={baseline} y2={baseline} stroke="var(--axis)" />
      {plot.years.map((year, position) =>
        position % every === 0 || position === plot.years.length - 1 ? (
          <text key={year} x={plot.x(year)} y={baseline + 15} textAnchor="middle" {...TICK}>
            {year}
          </text>
        ) : null,
      )}
    </g>
  );
}

export function YAxisMarks({
  axis,
  box,
  side,
  format,
  grid = false,
}: {
  axis: Axis;
  box: PlotBox;
  side: 'left' | 'right';
  format: (value: number) => string;
  grid?: boolean;
}) {
  const edge = side === 'left' ? box.left : box.width - box.right;
  return (
    <g className="svg-chart-y">
      <line x1={edge} x2={edge} y1={box.top} y2={box.height - box.bottom} stroke="var(--axis)" />
      {axis.ticks.map((tick) => (
        <g key={tick}>
          {grid && (
            <line
              x1={box.left}
              x2={box.width - box.right}
              y1={axis.scale(tick)}
              y2={axis.scale(tick)}
              stroke="var(--grid)"
              strokeDasharray="3 3"
            />
          )}
          <text
            x={side === 'left' ? edge - 4 : edge + 4}
            y={axis.scale(tick) + 4}
            textAnchor={side === 'left' ? 'end' : 'start'}
            {...TICK}
          >
            {format(tick)}
          </text>
        </g>
      ))}
    </g>
  );
}

/** An HTML legend under the chart (as Recharts draws its own): wraps on narrow cards. */
export function ChartLegend({ lines }: { lines: readonly ChartLine[] }) {
  return (
    <ul className="svg-chart-legend">
      {lines.map((line) => (
        <li key={line.key}>
          <svg width="18" height="10" aria-hidden="true">
            <line
              x1="0"
              x2="18"
              y1="5"
              y2="5"
              stroke={seriesColor(line.slot)}
              strokeWidth={line.faint ? 4 : 2}
              strokeOpacity={line.faint ? 0.35 : 1}
              strokeDasharray={line.dashed ? '5 4' : undefined}
            />
          </svg>
          {line.label}
        </li>
      ))}
    </ul>
  );
}
