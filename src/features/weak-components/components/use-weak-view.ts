import { useCallback, useEffect, useMemo } from 'react';
import { useHashRoute } from '@/lib/hash-route';
import { readStored, writeStored } from '@/lib/stored-value';
import {
  formatWeakParams,
  hasViewParams,
  parseWeakParams,
  serialiseView,
  type WeakViewState,
} from '../model/url-state';

const STORAGE_KEY = 'rid.weak.view';

/** Set on every control change; `weak:drawn` follows once the new heatmap and list are on screen. */
export function markInput(): void {
  performance.mark('weak:input');
}

/**
 * The view lives in the URL (a permalink reproduces it) and is remembered: opening `#/weak` without
 * parameters restores the last view, replacing the history entry so Back still leaves the screen.
 */
export function useWeakView(): { view: WeakViewState; update: (changes: Partial<WeakViewState>) => void } {
  const { params, setParams } = useHashRoute();
  const search = params.toString();
  const view = useMemo(() => parseWeakParams(new URLSearchParams(search)), [search]);
  const explicit = hasViewParams(params);

  useEffect(() => {
    if (explicit) return;
    const stored = readStored(STORAGE_KEY);
    if (stored) setParams(Object.fromEntries(new URLSearchParams(stored)), { replace: true });
  }, [explicit, setParams]);

  useEffect(() => {
    if (explicit) writeStored(STORAGE_KEY, serialiseView(view));
  }, [explicit, view]);

  const update = useCallback(
    (changes: Partial<WeakViewState>) => {
      markInput();
      setParams(formatWeakParams({ ...view, ...changes }));
    },
    [view, setParams],
  );
  return { view, update };
}
