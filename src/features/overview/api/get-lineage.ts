import { queryOptions, useQuery } from '@tanstack/react-query';
import { run } from '@/db/database';
import { buildPredecessors, buildSuccessors } from '@/sql/lineage';
import { toLineageModel } from '../model/lineage-model';

export const lineageQuery = (unit: string) =>
  queryOptions({
    queryKey: ['overview-lineage', unit],
    queryFn: async () => {
      const [predecessors, successors] = await Promise.all([
        run(buildPredecessors(unit)),
        run(buildSuccessors(unit)),
      ]);
      return toLineageModel(predecessors, successors);
    },
  });

export function useLineage(unit: string) {
  return useQuery(lineageQuery(unit));
}
