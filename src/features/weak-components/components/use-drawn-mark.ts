import type { UseQueryResult } from '@tanstack/react-query';
import { useEffect } from 'react';

/**
 * Sets `weak:drawn` once the heatmap and the list for the current inputs are committed (not the
 * previous results kept on screen while computing). The parent's effect runs after its children's
 * commit, so the DOM holds the new tables when the mark is set; the bench measures from `weak:input`.
 */
export function useDrawnMark(inputsKey: string, ...queries: readonly UseQueryResult<unknown>[]): void {
  const ready = queries.every((query) => query.isSuccess && !query.isPlaceholderData);
  const drawnKey = ready ? inputsKey : null;
  useEffect(() => {
    if (drawnKey !== null) performance.mark('weak:drawn', { detail: drawnKey });
  }, [drawnKey]);
}
