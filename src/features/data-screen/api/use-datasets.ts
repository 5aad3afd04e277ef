import { queryOptions, useQuery } from '@tanstack/react-query';
import { run } from '@/db/database';
import { useWriteQueue } from '@/queries/write-queue/context';
import { isBusy, pendingRemoval } from '@/queries/write-queue/state';
import { buildCoverageGrid, buildDatasetList } from '@/sql/datasets';

export interface DatasetInfo {
  readonly id: string;
  readonly kind: 'published' | 'sample' | 'imported';
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

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);
const kindOf = (value: unknown): DatasetInfo['kind'] =>
  value === 'published' || value === 'sample' ? value : 'imported';

export const datasetsQuery = () =>
  queryOptions({
    queryKey: ['datasets'],
    queryFn: async (): Promise<DatasetInfo[]> =>
      (await run(buildDatasetList())).map((row) => ({
        id: text(row.dataset_id) ?? '',
        kind: kindOf(row.kind),
        label: text(row.label) ?? '',
        fileName: text(row.file_name) ?? '',
        source: text(row.source),
        addedAt: text(row.added_at),
        rowCount: num(row.row_count) ?? 0,
        indices: text(row.indices)?.split(',') ?? [],
        firstYear: num(row.first_year),
        lastYear: num(row.last_year),
        unitCount: num(row.unit_count) ?? 0,
      })),
  });

export const coverageQuery = () =>
  queryOptions({
    queryKey: ['coverage'],
    queryFn: async (): Promise<CoverageCell[]> =>
      (await run(buildCoverageGrid())).map((row) => ({
        index: text(row.index_code) ?? '',
        year: num(row.year) ?? 0,
        unitsWithScore: num(row.units_with_score) ?? 0,
        units: num(row.units) ?? 0,
        kinds: text(row.kinds)?.split(',') ?? [],
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
