import { queryOptions, useQuery } from '@tanstack/react-query';
import { run } from '@/db/database';
import { buildPackGroups, buildPackUnits, type PackGroupRow, type PackUnitRow } from '@/sql/briefing-pack';

export const packGroupsQuery = () =>
  queryOptions({
    queryKey: ['briefing', 'pack', 'groups'],
    queryFn: (): Promise<PackGroupRow[]> => run(buildPackGroups()),
  });

export const packUnitsQuery = (block: string, year: number) =>
  queryOptions({
    queryKey: ['briefing', 'pack', 'units', block, year],
    queryFn: (): Promise<PackUnitRow[]> => run(buildPackUnits(block, year)),
  });

export function usePackGroups() {
  return useQuery(packGroupsQuery());
}

export function usePackUnits(block: string | null, year: number | null) {
  return useQuery({ ...packUnitsQuery(block ?? '', year ?? 0), enabled: block !== null && year !== null });
}
