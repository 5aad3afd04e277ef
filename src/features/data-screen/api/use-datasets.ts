import { queryOptions, useQuery } from '@tanstack/react-query';
import { run } from '@/db/database';
import { useWriteQueue } from '@/queries/write-queue/context';
import { isBusy, pendingRemoval } from '@/queries/write-queue/state';
import { buildCoverageGrid, buildDatasetList, type DatasetRow } from '@/sql/datasets';

export interface DatasetInfo {
  readonly id: string;
  readonly kind: DatasetRow['kind'];
  readonly label: string;
  readonly fileName: string;
  readonly source: string | null;
  readonly addedAt: string | null;
  readonly rowCount: number;
  readonly indices: readonly string[];
  readonly firstYear: number | null;
  readonly lastYear: number | null;
  readonly unitCount: number;
}

export interface CoverageCell {
  readonly index: string;
  readonly year: number;
  readonly unitsWithScore: number;
  readonly units: number;
  readonly kinds: readonly string[];
}

export const datasetsQuery = () =>
  queryOptions({
    queryKey: ['datasets'],
    queryFn: async (): Promise<DatasetInfo[]> =>
      (await run(buildDatasetList())).map((row) => ({
        id: row.dataset_id,
        kind: row.kind,
        label: row.label,
        fileName: row.file_name,
        source: row.source,
        addedAt: row.added_at,
        rowCount: row.row_count,
        indices: row.indices?.split(',') ?? [],
        firstYear: row.first_year,
        lastYear: row.last_year,
        unitCount: row.unit_count,
      })),
  });

export const coverageQuery = () =>
  queryOptions({
    queryKey: ['coverage'],
    queryFn: async (): Promise<CoverageCell[]> =>
      (await run(buildCoverageGrid())).map((row) => ({
        index: row.index_code,
        year: row.year,
        unitsWithScore: row.units_with_score,
        units: row.units,
        kinds: row.kinds.split(','),
      })),
  });

export const useDatasets = () => useQuery(datasetsQuery());
export const useCoverage = () => useQuery(coverageQuery());

/**
 * Removal goes through the app's one write queue: asked for during an import, it waits behind it
 * (and says so) instead of racing it. `pending` is the queued or running removal of a dataset.
 */
export function useRemoveDataset() {
  const { queue, state } = useWriteQueue();
  return {
    remove: (dataset: DatasetInfo) =>
      queue.enqueue({ kind: 'remove', datasetId: dataset.id, label: dataset.label }),
    pending: (datasetId: string) => pendingRemoval(state, datasetId),
    /** An import runs or waits: a removal asked for now is queued behind it. */
    busy: isBusy(state),
  };
}
