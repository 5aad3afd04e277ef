import { queryOptions, useQuery } from '@tanstack/react-query';
import { liveReader } from '@/db/reader';
import { readRows, type SqlReader } from '@/db/rows';
import { buildUnitLineage } from '@/sql/lineage';
import { toLineageModel } from '../model/lineage-model';

/** What one unit was formed from and became, from whichever engine `reader` reaches. */
export async function fetchLineage(reader: SqlReader, unit: string) {
  return toLineageModel(unit, await readRows(reader, buildUnitLineage(unit)));
}

export const lineageQuery = (unit: string) =>
  queryOptions({ queryKey: ['overview-lineage', unit], queryFn: () => fetchLineage(liveReader(), unit) });

export function useLineage(unit: string) {
  return useQuery(lineageQuery(unit));
}
