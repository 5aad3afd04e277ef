import type { LineDatum } from './line-series';
import { toLineSeries } from './line-series';

export interface RankPoint {
  readonly year: number;
  readonly unit_code: string;
  readonly rank: number | null;
}

export interface BumpSeries {
  readonly data: readonly LineDatum[];
  readonly keys: readonly string[];
  /** The unit each key draws (a unit has one key per stretch between peer breaks). */
  readonly unitOf: Readonly<Record<string, string>>;
  /** For the reversed rank axis: 1 at the top, this at the bottom. */
  readonly maxRank: number;
}

/** The last break at or before `year`, or null: a line is cut there and drawn as a new one. */
export function stretchSince(year: number, breaks: readonly number[]): number | null {
  const since = breaks.filter((brk) => brk <= year).reduce((latest, brk) => Math.max(latest, brk), -Infinity);
  return Number.isFinite(since) ? since : null;
}

function segmentKey(unit: string, year: number, breakYears: readonly number[]): string {
  const since = stretchSince(year, breakYears);
  return since === null ? unit : `${unit}@${since}`;
}

/**
 * Rank bump chart: one line per unit, cut at each peer break (2025: 63 → 34 provinces) by giving the
 * stretch after it a key of its own, so no line joins a rank among 63 to a rank among 34.
 */
export function toBumpSeries(rows: readonly RankPoint[], breakYears: readonly number[] = []): BumpSeries {
  const unitOf: Record<string, string> = {};
  const series = toLineSeries(
    rows,
    (row) => {
      const key = segmentKey(row.unit_code, row.year, breakYears);
      unitOf[key] = row.unit_code;
      return key;
    },
    (row) => row.rank,
  );
  const ranks = rows.flatMap((row) => (row.rank === null ? [] : [row.rank]));
  return { ...series, unitOf, maxRank: ranks.length === 0 ? 1 : Math.max(...ranks) };
}
