import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { changeScores, database, run } from '@/db/database';
import { runInTransaction } from '@/db/transaction';
import { forgetImport } from '@/lib/persisted-imports';
import { buildCoverageGrid, buildDatasetList, buildRemoveImportedDataset } from '@/sql/datasets';

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

/** Removes an imported dataset from DuckDB and from the browser's storage, then refreshes every view. */
export function useRemoveDataset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (datasetId: string) => {
      const engine = await database();
      await changeScores(() => runInTransaction(engine, buildRemoveImportedDataset(datasetId)));
      await forgetImport(datasetId);
    },
    onSuccess: () =>
      queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'database' }),
  });
}
