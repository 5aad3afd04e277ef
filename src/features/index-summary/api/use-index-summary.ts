import { queryOptions, useQuery } from '@tanstack/react-query';
import { run } from '@/db/database';
import { CATALOGUE, INDEX_CODES, type IndexCode, isIndexCode } from '@/domain/catalogue';
import { buildIndexCoverage, buildMedianTotals } from '@/sql/index-summary';

export interface IndexSummary {
  readonly index: IndexCode;
  readonly latestYear: number | null;
  readonly firstYear: number | null;
  readonly yearCount: number;
  readonly unitCount: number;
  readonly rowCount: number;
  readonly kinds: readonly string[];
  readonly medians: readonly { year: number; medianPct: number | null; units: number }[];
}

const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);

async function fetchIndexSummaries(): Promise<IndexSummary[]> {
  const [coverage, medians] = await Promise.all([
    run(buildIndexCoverage()),
    run(buildMedianTotals(CATALOGUE.indices.map((def) => ({ index: def.code, level: def.headlineLevel })))),
  ]);
  return INDEX_CODES.map((index) => {
    const row = coverage.find((candidate) => candidate.index_code === index);
    return {
      index,
      latestYear: num(row?.latest_year),
      firstYear: num(row?.first_year),
      yearCount: num(row?.year_count) ?? 0,
      unitCount: num(row?.unit_count) ?? 0,
      rowCount: num(row?.row_count) ?? 0,
      kinds: typeof row?.kinds === 'string' ? row.kinds.split(',') : [],
      medians: medians
        .filter(
          (median) =>
            typeof median.index_code === 'string' &&
            isIndexCode(median.index_code) &&
            median.index_code === index,
        )
        .map((median) => ({
          year: num(median.year) ?? 0,
          medianPct: num(median.median_pct),
          units: num(median.units) ?? 0,
        })),
    };
  });
}

export const indexSummaryQuery = () =>
  queryOptions({ queryKey: ['index-summary'], queryFn: fetchIndexSummaries });

export function useIndexSummaries() {
  return useQuery(indexSummaryQuery());
}
