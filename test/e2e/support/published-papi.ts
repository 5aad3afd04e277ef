import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

interface CsvRow {
  readonly year: string;
  readonly unit_code: string;
  readonly unit_level: string;
  readonly component_code: string;
  readonly score: string;
}

// Expected figures come from the shipped CSV itself, parsed here in Node, never from the app's SQL.
const provinceRows = Papa.parse<CsvRow>(
  readFileSync(new URL('../../../data/papi.csv', import.meta.url), 'utf8'),
  { header: true, skipEmptyLines: true },
).data.filter((row) => row.unit_level === 'province' && row.score !== '');

/** The latest year with a published PAPI total. */
export const latestPapiYear = Math.max(
  ...provinceRows.filter((row) => row.component_code === 'TOTAL').map((row) => Number(row.year)),
);

/** A province's published PAPI score (the total unless a dimension is named). */
export function papiScore(unit: string, year: number, component = 'TOTAL'): number {
  const row = provinceRows.find(
    (r) => r.unit_code === unit && Number(r.year) === year && r.component_code === component,
  );
  if (!row) throw new Error(`No PAPI ${component} for ${unit} ${year}`);
  return Number(row.score);
}

/** Rank among the provinces with a total that year, ties sharing the best place (SQL RANK()). */
export function papiRank(unit: string, year: number): { rank: number; peers: number } {
  const scores = provinceRows
    .filter((r) => Number(r.year) === year && r.component_code === 'TOTAL')
    .map((r) => Number(r.score));
  const own = papiScore(unit, year);
  return { rank: scores.filter((s) => s > own).length + 1, peers: scores.length };
}

/** Every province's published PAPI score for one component and year. */
export function papiScoresOf(year: number, component: string): Map<string, number> {
  return new Map(
    provinceRows
      .filter((r) => Number(r.year) === year && r.component_code === component)
      .map((r) => [r.unit_code, Number(r.score)]),
  );
}

/** A PAPI dimension's change of score from the year before. */
export interface PapiChange {
  readonly code: string;
  readonly change: number;
}

const PAPI_DIMENSIONS = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8'];

/**
 * The three dimensions of a province whose PAPI score rose most from the year before, largest first,
 * and the three that fell most, largest fall first.
 */
export function papiMovers(unit: string, year: number): { rises: PapiChange[]; falls: PapiChange[] } {
  const changes = PAPI_DIMENSIONS.map((code) => ({
    code,
    change: papiScore(unit, year, code) - papiScore(unit, year - 1, code),
  }));
  const rises = changes
    .filter((c) => c.change > 0)
    .sort((a, b) => b.change - a.change)
    .slice(0, 3);
  const falls = changes
    .filter((c) => c.change < 0)
    .sort((a, b) => a.change - b.change)
    .slice(0, 3);
  return { rises, falls };
}
