import { queryOptions, useQuery } from '@tanstack/react-query';
import { run } from '@/db/database';
import type { IndexCode } from '@/domain/catalogue';
import { buildLineageLinks } from '@/sql/lineage';
import { buildIndexYears } from '@/sql/trends-extra';
import type { LineageEdge } from '../model/types';

export interface IndexYears {
  readonly index: IndexCode;
  readonly first: number;
  readonly last: number;
}

export const indexYearsQuery = () =>
  queryOptions({
    queryKey: ['trends', 'index-years'],
    queryFn: async (): Promise<IndexYears[]> =>
      (await run(buildIndexYears())).map((row) => ({
        index: row.index_code,
        first: row.first_year,
        last: row.last_year,
      })),
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
        oldCode: row.old_code,
        oldName: row.old_name || row.old_code,
        newCode: row.new_code,
        newName: row.new_name || row.new_code,
        year: row.effective_year,
      })),
  });

export function useLineageLinks() {
  return useQuery(lineageLinksQuery());
}
