import { CATALOGUE } from '@/domain/catalogue';
import { type BumpSeries, stretchSince, toBumpSeries } from '@/domain/trends/bump-series';
import { type LineDatum, toLineSeries } from '@/domain/trends/line-series';
import type { PeerPoint, SeriesPoint } from './types';

/** A line of a chart: `key` in the data, `base` the unit or component it draws, `since` its stretch. */
export interface LineKey {
  readonly key: string;
  readonly base: string;
  /** Set on the stretch after a break (merger): the line starts anew that year. */
  readonly since: number | null;
}

export interface Lines {
  readonly data: readonly LineDatum[];
  readonly lines: readonly LineKey[];
}

function toLines(
  points: readonly SeriesPoint[],
  baseOf: (point: SeriesPoint) => string,
  breaks: readonly number[],
  years: { from: number; to: number },
): Lines {
  const meta = new Map<string, LineKey>();
  const keyed = points.map((point) => {
    const base = baseOf(point);
    const since =
      breaks.length > 0 && breaks.some((brk) => brk > years.from) ? stretchSince(point.year, breaks) : null;
    const key = since === null ? base : `${base}@${since}`;
    if (!meta.has(key)) meta.set(key, { key, base, since });
    return { ...point, key };
  });
  const series = toLineSeries(
    keyed,
    (point) => point.key,
    (point) => point.score,
  );
  return { data: series.data, lines: series.keys.flatMap((key) => meta.get(key) ?? []) };
}

/** Total and each chosen component of one unit; a merger of the unit cuts every line. */
export function componentLines(
  points: readonly SeriesPoint[],
  unit: string,
  components: ReadonlySet<string> | null,
  mergers: readonly number[],
  years: { from: number; to: number },
): Lines {
  const own = points.filter(
    (point) => point.unit === unit && (components === null || components.has(point.component)),
  );
  return toLines(own, (point) => point.component, mergers, years);
}

/** One component of several units, each cut at its own mergers. */
export function unitLines(
  points: readonly SeriesPoint[],
  units: readonly string[],
  component: string,
  mergersOf: (unit: string) => readonly number[],
  years: { from: number; to: number },
): Lines {
  const merged = units.flatMap((unit) => mergersOf(unit));
  const chosen = points.filter((point) => point.component === component && units.includes(point.unit));
  const lines = toLines(chosen, (point) => point.unit, [...new Set(merged)], years);
  // SQL orders by unit code; the legend follows the user's order (home unit first).
  const order = (line: LineKey) => units.indexOf(line.base);
  return { data: lines.data, lines: [...lines.lines].sort((a, b) => order(a) - order(b)) };
}

/** Rank lines of the chosen units, cut at peer breaks of their level and at mergers. */
export function bumpLines(
  points: readonly SeriesPoint[],
  units: readonly string[],
  component: string,
  level: string,
  mergers: readonly number[],
): BumpSeries {
  const peerBreaks = CATALOGUE.peerBreaks.filter((brk) => brk.levels.includes(level)).map((brk) => brk.year);
  return toBumpSeries(
    points
      .filter((point) => point.component === component && units.includes(point.unit))
      .map((point) => ({ year: point.year, unit_code: point.unit, rank: point.rank })),
    [...new Set([...peerBreaks, ...mergers])],
  );
}

/** Home unit, best and median of its peers for one component, one object per year (gaps null). */
export function peerLines(
  peers: readonly PeerPoint[],
  component: string,
  from: number,
  to: number,
): LineDatum[] {
  const byYear = new Map(
    peers.filter((point) => point.component === component).map((point) => [point.year, point]),
  );
  const data: LineDatum[] = [];
  for (let year = from; year <= to; year += 1) {
    const point = byYear.get(year);
    data.push({ year, best: point?.best ?? null, median: point?.median ?? null, home: point?.home ?? null });
  }
  return data;
}

/** Components in catalogue order as they appear in the rows (TOTAL first when present). */
export function componentsIn(points: readonly SeriesPoint[]): string[] {
  const seen: string[] = [];
  for (const point of points) if (!seen.includes(point.component)) seen.push(point.component);
  return seen;
}
