import { queryOptions, useQuery } from '@tanstack/react-query';
import { run } from '@/db/database';
import { CATALOGUE, INDEX_CODES, type IndexCode } from '@/domain/catalogue';
import { buildIndexCoverage, buildMedianTotals } from '@/sql/index-summary';

/** What the card's chart draws: the median total per year over the index's headline level. */
export interface IndexMedians {
  readonly index: IndexCode;
  readonly medians: readonly { year: number; medianPct: number | null; units: number }[];
}

/** The card's facts: which years and units the loaded data covers, and where it comes from. */
export interface IndexCoverage {
  readonly index: IndexCode;
  readonly latestYear: number | null;
  readonly firstYear: number | null;
  readonly yearCount: number;
  readonly unitCount: number;
  readonly rowCount: number;
  readonly kinds: readonly string[];
}

const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);

async function fetchMedians(): Promise<IndexMedians[]> {
  const rows = await run(
    buildMedianTotals(CATALOGUE.indices.map((def) => ({ index: def.code, level: def.headlineLevel }))),
  );
  return INDEX_CODES.map((index) => ({
    index,
    medians: rows
      .filter((row) => row.index_code === index)
      .map((row) => ({
        year: num(row.year) ?? 0,
        medianPct: num(row.median_pct),
        units: num(row.units) ?? 0,
      })),
  }));
}

async function fetchCoverage(): Promise<IndexCoverage[]> {
  const rows = await run(buildIndexCoverage());
  return INDEX_CODES.map((index) => {
    const row = rows.find((candidate) => candidate.index_code === index);
    return {
      index,
      latestYear: num(row?.latest_year),
      firstYear: num(row?.first_year),
      yearCount: num(row?.year_count) ?? 0,
      unitCount: num(row?.unit_count) ?? 0,
      rowCount: num(row?.row_count) ?? 0,
      kinds: typeof row?.kinds === 'string' ? row.kinds.split(',') : [],
    };
  });
}

// Two queries, so that each chart is drawn as soon as its own numbers arrive.
export const indexMediansQuery = () =>
  queryOptions({ queryKey: ['index-summary', 'medians'], queryFn: fetchMedians });
export const indexCoverageQuery = () =>
  queryOptions({ queryKey: ['index-summary', 'coverage'], queryFn: fetchCoverage });

export function useIndexMedians() {
  return useQuery(indexMediansQuery());
}

export function useIndexCoverage() {
  return useQuery(indexCoverageQuery());
}
