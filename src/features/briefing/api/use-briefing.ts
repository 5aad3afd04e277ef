import { queryOptions, useQuery } from '@tanstack/react-query';
import { runAnalytics } from '@/db/database';
import { buildBriefingMovers, buildBriefingTotals, buildBriefingYears } from '@/sql/briefing';
import type { MoverFact, TotalFact } from '../model/facts';

/** Every unit's years with a total, newest first: the year choice and its default. */
export const briefingYearsQuery = () =>
  queryOptions({
    queryKey: ['briefing', 'years'],
    queryFn: async (): Promise<ReadonlyMap<string, readonly number[]>> =>
      new Map((await runAnalytics(buildBriefingYears(), 'quick')).map((row) => [row.unit_code, row.years])),
  });

// Totals are in the quick pass of the derived tables; components wait for the full one.
export const briefingTotalsQuery = (unit: string, year: number) =>
  queryOptions({
    queryKey: ['briefing', 'totals', unit, year],
    queryFn: (): Promise<TotalFact[]> => runAnalytics(buildBriefingTotals(unit, year), 'quick'),
  });

export const briefingMoversQuery = (unit: string, year: number) =>
  queryOptions({
    queryKey: ['briefing', 'movers', unit, year],
    queryFn: (): Promise<MoverFact[]> => runAnalytics(buildBriefingMovers(unit, year)),
  });

const NO_YEARS: readonly number[] = [];

/** The unit's years, newest first (none for a unit without a total). */
export function useBriefingYears(unit: string | null) {
  return useQuery({
    ...briefingYearsQuery(),
    enabled: unit !== null,
    select: (years) => (unit === null ? NO_YEARS : (years.get(unit) ?? NO_YEARS)),
  });
}

export function useBriefingTotals(unit: string | null, year: number | null) {
  return useQuery({ ...briefingTotalsQuery(unit ?? '', year ?? 0), enabled: unit !== null && year !== null });
}

export function useBriefingMovers(unit: string | null, year: number | null) {
  return useQuery({ ...briefingMoversQuery(unit ?? '', year ?? 0), enabled: unit !== null && year !== null });
}
