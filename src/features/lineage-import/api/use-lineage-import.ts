import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LineageLink } from '@/domain/lineage';
import { readAgainAfterChange } from '@/queries/after-change';
import { applyLineageImport, removeLineageImport } from './apply-lineage';
import { readStoredLineage } from './lineage-store';

export const storedLineageQuery = () =>
  queryOptions({ queryKey: ['lineage-import', 'stored'], queryFn: () => readStoredLineage() });

export function useStoredLineage() {
  return useQuery(storedLineageQuery());
}

/** Apply or remove the user's lineage; every view (units, ranks, deltas) is read again when shown. */
export function useLineageImport() {
  const queryClient = useQueryClient();
  const refresh = () => readAgainAfterChange(queryClient);
  const apply = useMutation({
    mutationFn: (file: { name: string; links: readonly LineageLink[] }) =>
      applyLineageImport(file.name, file.links),
    onSuccess: refresh,
  });
  const remove = useMutation({ mutationFn: removeLineageImport, onSuccess: refresh });
  return { apply, remove };
}
