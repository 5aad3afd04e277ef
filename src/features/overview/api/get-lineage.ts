import { queryOptions, useQuery } from '@tanstack/react-query';
import { liveReader, type SqlReader } from '@/db/reader';
import { buildPredecessors, buildSuccessors } from '@/sql/lineage';
import { toLineageModel } from '../model/lineage-model';

/** What one unit was formed from and became, from whichever engine `reader` reaches. */
export async function fetchLineage(reader: SqlReader, unit: string) {
  const [before, after] = [buildPredecessors(unit), buildSuccessors(unit)];
  const [predecessors, successors] = await Promise.all([
    reader.query(before.text, before.params),
    reader.query(after.text, after.params),
  ]);
  return toLineageModel(predecessors, successors);
}

export const lineageQuery = (unit: string) =>
  queryOptions({ queryKey: ['overview-lineage', unit], queryFn: () => fetchLineage(liveReader(), unit) });

export function useLineage(unit: string) {
  return useQuery(lineageQuery(unit));
}
