import type { QueryClient } from '@tanstack/react-query';

/** When the data last changed (an import, a removal, a lineage file): lists read before then may lack what it added. */
let changedAt = 0;

/**
 * The data changed: every answer is marked stale and only the screen shown asks again (another screen
 * asks when it is opened). The time is noted first, so no answer read before the change is taken for
 * one read after it.
 */
export function readAgainAfterChange(client: QueryClient): Promise<void> {
  changedAt = Date.now();
  return client.invalidateQueries({
    predicate: (query) => query.queryKey[0] !== 'database',
    refetchType: 'active',
  });
}

/** True when an answer updated at `updatedAt` was read after the data last changed. */
export const readSinceLastChange = (updatedAt: number): boolean => updatedAt >= changedAt;
