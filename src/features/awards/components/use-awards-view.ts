import { useCallback } from 'react';
import { useHashRoute } from '@/lib/hash-route';
import { type AwardsUrlState, parseAwardsParams } from '../model/awards-url';

export type UpdateView = (changes: Record<string, string | undefined>) => void;

/**
 * The view lives in the permalink. Every control change marks `awards:input`; the results mark
 * `awards:drawn` once the verdicts for it are on screen (the bench reads the pair).
 */
export function useAwardsView(): { url: AwardsUrlState; update: UpdateView } {
  const { params, setParams } = useHashRoute();
  const update = useCallback<UpdateView>(
    (changes) => {
      performance.mark('awards:input');
      // Replace, not push: a dozen control changes should not become a dozen Back presses.
      setParams(changes, { replace: true });
    },
    [setParams],
  );
  return { url: parseAwardsParams(params), update };
}
