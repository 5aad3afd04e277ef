import { queryOptions, useQuery } from '@tanstack/react-query';
import { run } from '@/db/database';
import { INTERNAL_LEVELS } from '@/domain/awards/internal-units';
import { buildAwardDatasets } from '@/sql/award-facts';
import type { AwardDataset } from '../model/data-sources';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);
const kindOf = (value: unknown): AwardDataset['kind'] =>
  value === 'published' || value === 'sample' ? value : 'imported';

/** The loaded datasets; an import invalidates every query, so a new file shows up here at once. */
export const awardDatasetsQuery = () =>
  queryOptions({
    queryKey: ['awards', 'datasets'],
    queryFn: async (): Promise<AwardDataset[]> =>
      (await run(buildAwardDatasets(INTERNAL_LEVELS))).map((row) => ({
        id: text(row.dataset_id),
        kind: kindOf(row.kind),
        label: text(row.label),
        firstYear: num(row.first_year),
        lastYear: num(row.last_year),
        internal: row.internal === true,
      })),
  });

export const useAwardDatasets = () => useQuery(awardDatasetsQuery());
