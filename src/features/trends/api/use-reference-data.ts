import { queryOptions, useQuery } from '@tanstack/react-query';
import { run } from '@/db/database';
import { type IndexCode, isIndexCode } from '@/domain/catalogue';
import { buildLineageLinks } from '@/sql/lineage';
import { buildIndexYears } from '@/sql/trends-extra';
import type { LineageEdge } from '../model/types';
import { num, str } from './row-values';

export interface IndexYears {
  readonly index: IndexCode;
  readonly first: number;
  readonly last: number;
}

export const indexYearsQuery = () =>
  queryOptions({
    queryKey: ['trends', 'index-years'],
    queryFn: async (): Promise<IndexYears[]> =>
      (await run(buildIndexYears())).flatMap((row) => {
        const index = str(row, 'index_code');
        const first = num(row, 'first_year');
        const last = num(row, 'last_year');
        return isIndexCode(index) && first !== null && last !== null ? [{ index, first, last }] : [];
      }),
  });

export function useIndexYears() {
  return useQuery(indexYearsQuery());
}

/** All lineage links, once: predecessors of any unit are then found without another query. */
export const lineageLinksQuery = () =>
  queryOptions({
    queryKey: ['trends', 'lineage-links'],
    queryFn: async (): Promise<LineageEdge[]> =>
      (await run(buildLineageLinks())).map((row) => ({
        oldCode: str(row, 'old_code'),
        oldName: str(row, 'old_name') || str(row, 'old_code'),
        newCode: str(row, 'new_code'),
        newName: str(row, 'new_name') || str(row, 'new_code'),
        year: num(row, 'effective_year') ?? 0,
      })),
  });

export function useLineageLinks() {
  return useQuery(lineageLinksQuery());
}
