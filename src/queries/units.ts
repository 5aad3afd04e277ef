import { queryOptions, type UseQueryResult, useQuery } from '@tanstack/react-query';
import { liveReader } from '@/db/reader';
import { readRows, type SqlReader } from '@/db/rows';
import { foldForSearch, sortByVietnamese } from '@/domain/text';
import type { UnitOption } from '@/domain/units';
import { buildLineageLinks } from '@/sql/lineage';
import { buildUnitList, splitList } from '@/sql/units';
import { readSinceLastChange } from './after-change';

/** The pickers' units, from whichever engine `reader` reaches (live, or the build's). */
export async function fetchUnits(reader: SqlReader): Promise<UnitOption[]> {
  const [units, links] = await Promise.all([
    readRows(reader, buildUnitList()),
    readRows(reader, buildLineageLinks()),
  ]);
  const former = new Map<string, { name: string; newName: string }[]>();
  for (const link of links) {
    const oldCode = link.old_code;
    const newCode = link.new_code;
    if (oldCode === newCode) continue;
    const list = former.get(newCode) ?? [];
    list.push({ name: link.old_name || oldCode, newName: link.new_name || newCode });
    former.set(newCode, list);
  }
  const options: UnitOption[] = units.map((row) => {
    const code = row.unit_code;
    const formerNames = (former.get(code) ?? []).map((entry) => entry.name);
    const name = row.unit_name;
    return {
      code,
      name,
      levels: splitList(row.levels),
      indices: splitList(row.indices),
      firstYear: row.first_year,
      lastYear: row.last_year,
      formerNames,
      searchText: foldForSearch([name, code, ...formerNames].join(' ')),
      lineageOnly: false,
    };
  });
  const known = new Set(options.map((option) => option.code));
  for (const [code, entries] of former) {
    if (known.has(code)) continue;
    const name = entries[0]?.newName ?? code;
    const formerNames = entries.map((entry) => entry.name);
    options.push({
      code,
      name,
      levels: ['province'],
      indices: [],
      firstYear: null,
      lastYear: null,
      formerNames,
      searchText: foldForSearch([name, code, ...formerNames].join(' ')),
      lineageOnly: true,
    });
  }
  return sortByVietnamese(options, (option) => option.name);
}

export const unitsQuery = () =>
  queryOptions({ queryKey: ['units'], queryFn: () => fetchUnits(liveReader()) });

export function useUnits() {
  return useQuery(unitsQuery());
}

/**
 * The list, or undefined while the one held was read before the data last changed (it is being read
 * again): a unit only the new data holds would be missing from it, and a link to that unit taken for a
 * wrong one. Reading this follows every read of the list, so a screen drawn at the hand-over to the
 * live engine asks it only where a unit is missing from the list.
 */
export function currentUnits(units: UseQueryResult<UnitOption[]>): UnitOption[] | undefined {
  return readSinceLastChange(units.dataUpdatedAt) ? units.data : undefined;
}
