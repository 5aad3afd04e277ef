import { queryOptions, useQuery } from '@tanstack/react-query';
import { run } from '@/db/database';
import type { IndexCode } from '@/domain/catalogue';
import { buildUnitDatasets } from '@/sql/trends-extra';
import { str } from './row-values';

export interface UnitDataset {
  readonly unit: string;
  readonly datasetId: string;
  readonly kind: 'published' | 'sample' | 'imported';
  readonly label: string;
}

const KINDS = ['published', 'sample', 'imported'] as const;

/** Read once per index (cached): the footnotes name the datasets behind the units on screen. */
export const unitDatasetsQuery = (index: IndexCode) =>
  queryOptions({
    queryKey: ['trends', 'unit-datasets', index],
    queryFn: async (): Promise<UnitDataset[]> =>
      (await run(buildUnitDatasets(index))).map((row) => ({
        unit: str(row, 'unit_code'),
        datasetId: str(row, 'dataset_id'),
        kind: KINDS.find((kind) => kind === str(row, 'kind')) ?? 'imported',
        label: str(row, 'label'),
      })),
  });

export function useUnitDatasets(index: IndexCode) {
  return useQuery(unitDatasetsQuery(index));
}
