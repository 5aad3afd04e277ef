import { useQuery } from '@tanstack/react-query';
import { run } from '@/db/database';
import { selectImportedDatasets } from '@/sql/workspace';

/** How many imported datasets an opened workspace would replace (said before confirming). */
export function useImportedCount() {
  return useQuery({
    queryKey: ['datasets', 'workspace-imported'],
    queryFn: async () => (await run(selectImportedDatasets())).length,
  });
}
