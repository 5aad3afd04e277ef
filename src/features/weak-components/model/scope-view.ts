import { type IndexCode, isIndexCode } from '@/domain/catalogue';
import type { DataScope, ScopeUnit } from '@/domain/data-scope';
import { indexForUnit } from '@/domain/data-scope';
import type { WeakViewState } from './url-state';

/**
 * Within the user's own data (or the sample), the view opens where the home unit is: its index when
 * the asked one has no data for it, its level when the asked level is none of the scope's, and its
 * latest year when none is asked (the sample's later years would leave the user's units out).
 */
export function scopedWeakView(
  view: WeakViewState,
  scope: DataScope,
  home: ScopeUnit | undefined,
  scopeLevels: readonly string[],
): WeakViewState {
  if (scope === 'all' || !home) return view;
  const index = indexForUnit(home, view.index);
  const level = view.level !== null && scopeLevels.includes(view.level) ? view.level : home.level;
  return {
    ...view,
    index: index !== null && isIndexCode(index) ? (index as IndexCode) : view.index,
    year: view.year ?? home.lastYear,
    level,
    block: level === view.level ? view.block : null,
  };
}
