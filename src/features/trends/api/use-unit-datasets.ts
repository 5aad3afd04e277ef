import { queryOptions, useQuery } from '@tanstack/react-query';
import { run } from '@/db/database';
import type { IndexCode } from '@/domain/catalogue';
import { buildUnitDatasets, type UnitDatasetRow } from '@/sql/trends-extra';

export interface UnitDataset {
  readonly unit: string;
  readonly datasetId: string;
  readonly kind: UnitDatasetRow['kind'];
  readonly label: string;
}

/** Read once per index (cached): the footnotes name the datasets behind the units on screen. */
export const unitDatasetsQuery = (index: IndexCode) =>
  queryOptions({
    queryKey: ['trends', 'unit-datasets', index],
    queryFn: async (): Promise<UnitDataset[]> =>
      (await run(buildUnitDatasets(index))).map((row) => ({
        unit: row.unit_code,
        datasetId: row.dataset_id,
        kind: row.kind,
        label: row.label,
      })),
  });

/**
 * Asked once the view has its figures (`enabled`): after an import the footnotes' read over every row
 * of the index would otherwise go to the engine before the view's own reads.
 */
export function useUnitDatasets(index: IndexCode, enabled = true) {
  return useQuery({ ...unitDatasetsQuery(index), enabled });
}
