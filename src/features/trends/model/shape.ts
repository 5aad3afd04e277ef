import { CATALOGUE } from '@/domain/catalogue';
import { type LineDatum, stretchSince, toLineSeries } from '@/domain/trends/line-series';
import type { SeriesRow } from '@/sql/series';
import type { HomePeerStatsRow } from '@/sql/trends-extra';

/** A line of a chart: `key` in the data, `base` the unit or component it draws, `since` its stretch. */
export interface LineKey {
  readonly key: string;
  readonly base: string;
  /** Set on the stretch after a break (merger, new set of peers): the line starts anew that year. */
  readonly since: number | null;
}

export interface Lines {
  readonly data: readonly LineDatum[];
  readonly lines: readonly LineKey[];
}

/**
 * One line per `baseOf` (a unit or a component), cut at each break inside the years shown by giving
 * the stretch after it a key of its own: no line joins a unit before a merger to the unit after it,
 * nor a rank among 63 provinces to a rank among 34.
 */
function toLines(
  points: readonly SeriesRow[],
  baseOf: (point: SeriesRow) => string,
  measureOf: (point: SeriesRow) => number | null,
  breaks: readonly number[],
  years: { from: number; to: number },
): Lines {
  const cut = breaks.some((brk) => brk > years.from);
  const meta = new Map<string, LineKey>();
  const keyed = points.map((point) => {
    const base = baseOf(point);
    const since = cut ? stretchSince(point.year, breaks) : null;
    const key = since === null ? base : `${base}@${since}`;
    if (!meta.has(key)) meta.set(key, { key, base, since });
    return { point, key };
  });
  const series = toLineSeries(
    keyed.map(({ point, key }) => ({ year: point.year, key, value: measureOf(point) })),
    (entry) => entry.key,
    (entry) => entry.value,
  );
  return { data: series.data, lines: series.keys.flatMap((key) => meta.get(key) ?? []) };
}

const scoreOf = (point: SeriesRow) => point.score;

/** Total and each chosen component of one unit; a merger of the unit cuts every line. */
export function componentLines(
  points: readonly SeriesRow[],
  unit: string,
  components: ReadonlySet<string> | null,
  mergers: readonly number[],
  years: { from: number; to: number },
): Lines {
  const own = points.filter(
    (point) => point.unit_code === unit && (components === null || components.has(point.component_code)),
  );
  return toLines(own, (point) => point.component_code, scoreOf, mergers, years);
}

/** One component of several units in the user's order (home unit first), each cut at `breaks`. */
function linesOfUnits(
  points: readonly SeriesRow[],
  units: readonly string[],
  component: string,
  measureOf: (point: SeriesRow) => number | null,
  breaks: readonly number[],
  years: { from: number; to: number },
): Lines {
  const chosen = points.filter(
    (point) => point.component_code === component && units.includes(point.unit_code),
  );
  const lines = toLines(chosen, (point) => point.unit_code, measureOf, [...new Set(breaks)], years);
  // SQL orders by unit code; the legend follows the user's order.
  const order = (line: LineKey) => units.indexOf(line.base);
  return { data: lines.data, lines: [...lines.lines].sort((a, b) => order(a) - order(b)) };
}

/** One component of several units, cut at their mergers. */
export function unitLines(
  points: readonly SeriesRow[],
  units: readonly string[],
  component: string,
  mergersOf: (unit: string) => readonly number[],
  years: { from: number; to: number },
): Lines {
  return linesOfUnits(points, units, component, scoreOf, units.flatMap(mergersOf), years);
}

/** Rank lines of the chosen units, cut at peer breaks of their level and at their mergers. */
export function bumpLines(
  points: readonly SeriesRow[],
  units: readonly string[],
  component: string,
  level: string,
  mergersOf: (unit: string) => readonly number[],
  years: { from: number; to: number },
): Lines {
  const peerBreaks = CATALOGUE.peerBreaks.filter((brk) => brk.levels.includes(level)).map((brk) => brk.year);
  const breaks = [...peerBreaks, ...units.flatMap(mergersOf)];
  return linesOfUnits(points, units, component, (point) => point.rank, breaks, years);
}

/** Home unit, best and median of its peers for one component, one object per year (gaps null). */
export function peerLines(
  peers: readonly HomePeerStatsRow[],
  component: string,
  from: number,
  to: number,
): LineDatum[] {
  const byYear = new Map(
    peers.filter((point) => point.component_code === component).map((point) => [point.year, point]),
  );
  const data: LineDatum[] = [];
  for (let year = from; year <= to; year += 1) {
    const point = byYear.get(year);
    data.push({
      year,
      best: point?.best_score ?? null,
      median: point?.median_score ?? null,
      home: point?.home_score ?? null,
    });
  }
  return data;
}

/** Components in catalogue order as they appear in the rows (TOTAL first when present). */
export function componentsIn(points: readonly SeriesRow[]): string[] {
  const seen: string[] = [];
  for (const point of points) if (!seen.includes(point.component_code)) seen.push(point.component_code);
  return seen;
}
