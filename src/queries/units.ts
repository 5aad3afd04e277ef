import { queryOptions, useQuery } from '@tanstack/react-query';
import { liveReader, type SqlReader } from '@/db/reader';
import { foldForSearch, sortByVietnamese } from '@/domain/text';
import type { UnitOption } from '@/domain/units';
import { buildLineageLinks } from '@/sql/lineage';
import { buildUnitList, splitList } from '@/sql/units';

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);

/** The pickers' units, from whichever engine `reader` reaches (live, or the build's). */
export async function fetchUnits(reader: SqlReader): Promise<UnitOption[]> {
  const [list, lineage] = [buildUnitList(), buildLineageLinks()];
  const [units, links] = await Promise.all([
    reader.query(list.text, list.params),
    reader.query(lineage.text, lineage.params),
  ]);
  const former = new Map<string, { name: string; newName: string }[]>();
  for (const link of links) {
    const oldCode = str(link.old_code);
    const newCode = str(link.new_code);
    if (oldCode === newCode) continue;
    const list = former.get(newCode) ?? [];
    list.push({ name: str(link.old_name) || oldCode, newName: str(link.new_name) || newCode });
    former.set(newCode, list);
  }
  const options: UnitOption[] = units.map((row) => {
    const code = str(row.unit_code);
    const formerNames = (former.get(code) ?? []).map((entry) => entry.name);
    const name = str(row.unit_name);
    return {
      code,
      name,
      levels: splitList(typeof row.levels === 'string' ? row.levels : null),
      indices: splitList(typeof row.indices === 'string' ? row.indices : null),
      firstYear: num(row.first_year),
      lastYear: num(row.last_year),
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
