import type { LineDatum } from '@/domain/trends/line-series';

/** What the plain-SVG chart needs of a line; the same shape the Recharts wrapper takes. */
export interface PlotLine {
  readonly key: string;
  readonly right?: boolean;
}

export interface PlotBox {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export interface Axis {
  readonly scale: (value: number) => number;
  readonly ticks: readonly number[];
}

export interface Plot {
  readonly x: (year: number) => number;
  readonly years: readonly number[];
  readonly left: Axis;
  readonly right: Axis | null;
}

/** About `count` round ticks within [min, max] (1, 2 or 5 times a power of ten apart). */
export function niceTicks(min: number, max: number, count = 4, integer = false): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  if (min === max) return [min];
  const raw = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  // d3's rule: the 1-2-5 multiple nearest the raw step on a log scale.
  const error = raw / power;
  const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  const step = Math.max(integer ? 1 : 0, factor * power);
  const ticks: number[] = [];
  // Rounded to the step's precision so that 0.1 + 0.2 prints as 0.3.
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  for (let tick = Math.ceil(min / step) * step; tick <= max + step * 1e-9; tick += step)
    ticks.push(Number(tick.toFixed(digits)));
  return ticks;
}

function axis(
  values: readonly number[],
  box: PlotBox,
  options: { reversed?: boolean; extra?: readonly number[] },
): Axis {
  const all = [...values, ...(options.extra ?? [])];
  if (all.length === 0) return { scale: () => box.top + (box.height - box.top - box.bottom) / 2, ticks: [] };
  let min = Math.min(...all);
  let max = Math.max(...all);
  if (options.reversed) min = 1;
  // A flat series still gets some height, so its line sits mid-chart rather than on an edge.
  if (min === max) {
    min -= options.reversed ? 0 : 1;
    max += 1;
  }
  const ticks = niceTicks(min, max, 4, options.reversed);
  const low = Math.min(min, ticks[0] ?? min);
  const high = Math.max(max, ticks.at(-1) ?? max);
  const top = box.top;
  const bottom = box.height - box.bottom;
  const span = high - low || 1;
  const scale = options.reversed
    ? (value: number) => top + ((value - low) / span) * (bottom - top)
    : (value: number) => bottom - ((value - low) / span) * (bottom - top);
  return { scale, ticks };
}

const numbers = (data: readonly LineDatum[], lines: readonly PlotLine[]) =>
  lines.flatMap((line) =>
    data.flatMap((datum) => {
      const value = datum[line.key];
      return typeof value === 'number' ? [value] : [];
    }),
  );

/** Scales for one chart: years evenly along x, each y axis fitted to its own lines' values. */
export function planPlot(
  data: readonly LineDatum[],
  lines: readonly PlotLine[],
  box: PlotBox,
  options: { reversed?: boolean; references?: readonly number[] } = {},
): Plot {
  const years = data.map((datum) => datum.year);
  const first = years[0] ?? 0;
  const last = years.at(-1) ?? first;
  const pad = 8;
  const x = (year: number) =>
    last === first
      ? (box.left + box.width - box.right) / 2
      : box.left + pad + ((year - first) / (last - first)) * (box.width - box.left - box.right - 2 * pad);
  const rightLines = lines.filter((line) => line.right);
  const leftLines = lines.filter((line) => !line.right);
  return {
    x,
    years,
    left: axis(numbers(data, leftLines), box, { reversed: options.reversed, extra: options.references }),
    right: rightLines.length > 0 ? axis(numbers(data, rightLines), box, {}) : null,
  };
}

/** SVG path data for one line, broken wherever a year has no value (a gap, never a bridge). */
export function linePath(
  data: readonly LineDatum[],
  key: string,
  x: (year: number) => number,
  y: (value: number) => number,
): string {
  let path = '';
  let pen = false;
  for (const datum of data) {
    const value = datum[key];
    if (typeof value !== 'number') {
      pen = false;
      continue;
    }
    path += `${pen ? 'L' : 'M'}${x(datum.year).toFixed(1)},${y(value).toFixed(1)}`;
    pen = true;
  }
  return path;
}
