import { queryOptions, useQuery } from '@tanstack/react-query';
import { run } from '@/db/database';
import { INTERNAL_LEVELS } from '@/domain/awards/internal-units';
import { buildAwardDatasets } from '@/sql/award-facts';
import type { AwardDataset } from '../model/data-sources';

/** The loaded datasets; an import invalidates every query, so a new file shows up here at once. */
export const awardDatasetsQuery = () =>
  queryOptions({
    queryKey: ['awards', 'datasets'],
    queryFn: async (): Promise<AwardDataset[]> =>
      (await run(buildAwardDatasets(INTERNAL_LEVELS))).map((row) => ({
        id: row.dataset_id,
        kind: row.kind,
        label: row.label,
        firstYear: row.first_year,
        lastYear: row.last_year,
        internal: row.internal,
      })),
  });

export const useAwardDatasets = () => useQuery(awardDatasetsQuery());
