import type { LineDatum } from '@/domain/trends/line-series';
import type { LineageLinkRow } from '@/sql/lineage';
import type { SeriesRow } from '@/sql/series';

export interface Predecessor {
  readonly code: string;
  readonly name: string;
  /** The unit continued under the same code (Quảng Trị into the new Quảng Trị). */
  readonly identity: boolean;
}

/** A unit created by a merger: its name, the year it began and the units it was made of. */
export interface LineageView {
  readonly code: string;
  readonly name: string;
  readonly year: number;
  readonly predecessors: readonly Predecessor[];
}

/** The latest merger that created `unit`, or null when it only continued itself (or is unknown). */
export function lineageOf(edges: readonly LineageLinkRow[], unit: string): LineageView | null {
  const incoming = edges.filter((edge) => edge.new_code === unit);
  const years = incoming.filter((edge) => edge.old_code !== edge.new_code).map((edge) => edge.effective_year);
  if (years.length === 0) return null;
  const year = Math.max(...years);
  const parts = incoming.filter((edge) => edge.effective_year === year);
  const first = parts[0];
  return {
    code: unit,
    name: first?.new_name || unit,
    year,
    // The continuing unit first, as the crosswalk's own "A = A + B" reading does.
    predecessors: parts
      .map((edge) => ({
        code: edge.old_code,
        name: edge.old_name || edge.old_code,
        identity: edge.old_code === edge.new_code,
      }))
      .sort((a, b) => Number(b.identity) - Number(a.identity)),
  };
}

/** Years in which `unit` absorbed other units: its series must not run through them unbroken. */
export function mergerYears(edges: readonly LineageLinkRow[], unit: string): number[] {
  return [
    ...new Set(
      edges
        .filter((edge) => edge.new_code === unit && edge.old_code !== edge.new_code)
        .map((edge) => edge.effective_year),
    ),
  ];
}

export const OWN_KEY = 'own';
export const COMBINED_KEY = 'combined';
export const predecessorKey = (code: string) => `pre:${code}`;

/**
 * Predecessors side by side up to the year before the merger, the new unit alone from the merger on.
 * The combined line (simple mean of the predecessors, only in years where every one of them has a
 * score) is added only when the user asks, and is the user's own computation, never a published one.
 */
export function lineageLines(
  points: readonly SeriesRow[],
  view: LineageView,
  component: string,
  range: { from: number; to: number },
  combined: boolean,
): LineDatum[] {
  const score = (unit: string, year: number) =>
    points.find(
      (point) => point.unit_code === unit && point.component_code === component && point.year === year,
    )?.score ?? null;
  const data: LineDatum[] = [];
  for (let year = range.from; year <= range.to; year += 1) {
    const before = year < view.year;
    const datum: Record<string, number | null> = { year, [OWN_KEY]: before ? null : score(view.code, year) };
    const parts = view.predecessors.map((part) => (before ? score(part.code, year) : null));
    view.predecessors.forEach((part, position) => {
      datum[predecessorKey(part.code)] = parts[position] ?? null;
    });
    if (combined) {
      const known = parts.filter((value): value is number => value !== null);
      datum[COMBINED_KEY] =
        before && known.length === parts.length && known.length > 0
          ? known.reduce((sum, value) => sum + value, 0) / known.length
          : null;
    }
    data.push(datum as LineDatum);
  }
  return data;
}
