import { queryOptions, useQuery } from '@tanstack/react-query';
import { runAnalytics } from '@/db/database';
import { buildBriefingMovers, buildBriefingTotals, buildBriefingYears } from '@/sql/briefing';
import { type MoverFact, readMovers, readTotals, type TotalFact } from '../model/facts';

/** The years with a total for the unit, newest first: the year choice and its default. */
export const briefingYearsQuery = (unit: string) =>
  queryOptions({
    queryKey: ['briefing', 'years', unit],
    queryFn: async (): Promise<number[]> =>
      (await runAnalytics(buildBriefingYears(unit), 'quick')).flatMap((row) =>
        typeof row.year === 'number' ? [row.year] : [],
      ),
  });

// Totals are in the quick pass of the derived tables; components wait for the full one.
export const briefingTotalsQuery = (unit: string, year: number) =>
  queryOptions({
    queryKey: ['briefing', 'totals', unit, year],
    queryFn: async (): Promise<TotalFact[]> =>
      readTotals(await runAnalytics(buildBriefingTotals(unit, year), 'quick'), year),
  });

export const briefingMoversQuery = (unit: string, year: number) =>
  queryOptions({
    queryKey: ['briefing', 'movers', unit, year],
    queryFn: async (): Promise<MoverFact[]> =>
      readMovers(await runAnalytics(buildBriefingMovers(unit, year))),
  });

export function useBriefingYears(unit: string | null) {
  return useQuery({ ...briefingYearsQuery(unit ?? ''), enabled: unit !== null });
}

export function useBriefingTotals(unit: string | null, year: number | null) {
  return useQuery({ ...briefingTotalsQuery(unit ?? '', year ?? 0), enabled: unit !== null && year !== null });
}

export function useBriefingMovers(unit: string | null, year: number | null) {
  return useQuery({ ...briefingMoversQuery(unit ?? '', year ?? 0), enabled: unit !== null && year !== null });
}
