import { queryOptions, useQuery } from '@tanstack/react-query';
import { run } from '@/db/database';
import { buildLineageLinks } from '@/sql/lineage';
import { buildIndexYears } from '@/sql/trends-extra';

export const indexYearsQuery = () =>
  queryOptions({ queryKey: ['trends', 'index-years'], queryFn: () => run(buildIndexYears()) });

export function useIndexYears() {
  return useQuery(indexYearsQuery());
}

/** All lineage links, once: predecessors of any unit are then found without another query. */
export const lineageLinksQuery = () =>
  queryOptions({ queryKey: ['trends', 'lineage-links'], queryFn: () => run(buildLineageLinks()) });

export function useLineageLinks() {
  return useQuery(lineageLinksQuery());
}
