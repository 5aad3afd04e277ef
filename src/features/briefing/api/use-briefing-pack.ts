import { queryOptions, useQuery } from '@tanstack/react-query';
import { run } from '@/db/database';
import type { Row } from '@/db/engine';
import { buildPackGroups, buildPackUnits } from '@/sql/briefing-pack';

/** A block the pack can print, with its years (newest first). */
export interface PackGroup {
  readonly block: string;
  readonly level: string;
  readonly years: readonly number[];
}

export interface PackUnit {
  readonly code: string;
  readonly name: string;
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

function readGroups(rows: readonly Row[]): PackGroup[] {
  return rows.map((row) => ({
    block: str(row.block),
    level: str(row.unit_level),
    years: str(row.years).split(',').filter(Boolean).map(Number),
  }));
}

export const packGroupsQuery = () =>
  queryOptions({
    queryKey: ['briefing', 'pack', 'groups'],
    queryFn: async (): Promise<PackGroup[]> => readGroups(await run(buildPackGroups())),
  });

export const packUnitsQuery = (block: string, year: number) =>
  queryOptions({
    queryKey: ['briefing', 'pack', 'units', block, year],
    queryFn: async (): Promise<PackUnit[]> =>
      (await run(buildPackUnits(block, year))).map((row) => ({
        code: str(row.unit_code),
        name: str(row.unit_name),
      })),
  });

export function usePackGroups() {
  return useQuery(packGroupsQuery());
}

export function usePackUnits(block: string | null, year: number | null) {
  return useQuery({ ...packUnitsQuery(block ?? '', year ?? 0), enabled: block !== null && year !== null });
}
