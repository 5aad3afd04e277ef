import { queryOptions, useQuery } from '@tanstack/react-query';
import { liveReader } from '@/db/reader';
import { readRows, type SqlReader } from '@/db/rows';
import { CATALOGUE, INDEX_CODES, type IndexCode } from '@/domain/catalogue';
import { buildIndexCoverage, buildMedianTotals, type MedianTotalRow } from '@/sql/index-summary';

export type DataKind = MedianTotalRow['kind'];

/** One year of the card: the median (null when too few units or a top-only release) and its coverage. */
export interface MedianPoint {
  readonly year: number;
  readonly medianPct: number | null;
  readonly units: number;
  /** Units the level has that year (63 provinces before 2025); null when the catalogue has no count. */
  readonly officialUnits: number | null;
  /** Set in a year when the publisher released only its top N. */
  readonly topN: number | null;
}

/** What the card's chart draws: the median total per year over the index's headline level, one kind. */
export interface IndexMedians {
  readonly index: IndexCode;
  /** Which kind of data the medians are over: published first, else imported, else sample; never pooled. */
  readonly kind: DataKind | null;
  readonly medians: readonly MedianPoint[];
}

const KIND_PREFERENCE: readonly DataKind[] = ['published', 'imported', 'sample'];

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

/** The medians per index, from whichever engine `reader` reaches (live, or the build's). */
export async function fetchMedians(reader: SqlReader): Promise<IndexMedians[]> {
  // Plain scores only: the first screen's chart never waits for the derived passes.
  const rows = await readRows(
    reader,
    buildMedianTotals(CATALOGUE.indices.map((def) => ({ index: def.code, level: def.headlineLevel }))),
  );
  return INDEX_CODES.map((index) => {
    const own = rows.filter((row) => row.index_code === index);
    const kind = KIND_PREFERENCE.find((candidate) => own.some((row) => row.kind === candidate)) ?? null;
    return {
      index,
      kind,
      medians: own
        .filter((row) => row.kind === kind)
        .map((row) => ({
          year: row.year,
          medianPct: row.median_pct,
          units: row.units,
          officialUnits: row.official_units,
          topN: row.top_n,
        })),
    };
  });
}

export async function fetchCoverage(reader: SqlReader): Promise<IndexCoverage[]> {
  const rows = await readRows(reader, buildIndexCoverage());
  return INDEX_CODES.map((index) => {
    const row = rows.find((candidate) => candidate.index_code === index);
    return {
      index,
      latestYear: row?.latest_year ?? null,
      firstYear: row?.first_year ?? null,
      yearCount: row?.year_count ?? 0,
      unitCount: row?.unit_count ?? 0,
      rowCount: row?.row_count ?? 0,
      kinds: row?.kinds.split(',') ?? [],
    };
  });
}

// Two queries, so that each chart is drawn as soon as its own numbers arrive.
export const indexMediansQuery = () =>
  queryOptions({ queryKey: ['index-summary', 'medians'], queryFn: () => fetchMedians(liveReader()) });
export const indexCoverageQuery = () =>
  queryOptions({ queryKey: ['index-summary', 'coverage'], queryFn: () => fetchCoverage(liveReader()) });

export function useIndexMedians() {
  return useQuery(indexMediansQuery());
}

export function useIndexCoverage() {
  return useQuery(indexCoverageQuery());
}
