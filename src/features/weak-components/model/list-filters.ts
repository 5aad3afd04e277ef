import type { PeerBy } from '@/sql/ranks';
import type { WeakRow } from '@/sql/weak-components';
import type { ResolvedPeer } from './peer-choices';
import type { ListFilter } from './url-state';

export interface PriorityFilters {
  readonly peerBy: PeerBy;
  /** Empty = every level / block. */
  readonly levels: readonly string[];
  readonly blocks: readonly string[];
}

function resolve(filter: ListFilter, group: string | null): string[] {
  if (filter.kind === 'all') return [];
  if (filter.kind === 'one') return [filter.value];
  return group === null ? [] : [group];
}

/**
 * The list follows the heatmap's peer group unless widened ("all") or narrowed to one level or block.
 * Peers stay those of the heatmap (a block when one is chosen, else the level), so a row's median and
 * rank are the same numbers the heatmap and the unit's weak points show.
 */
export function priorityFilters(peer: ResolvedPeer, level: ListFilter, block: ListFilter): PriorityFilters {
  return {
    peerBy: peer.block === null ? 'level' : 'block',
    levels: resolve(level, peer.level),
    blocks: resolve(block, peer.block),
  };
}

/** Components only: the total is what the components add up to, not something to work on by itself. */
export function componentRows<T extends Pick<WeakRow, 'component_code'>>(rows: readonly T[]): T[] {
  return rows.filter((row) => row.component_code !== 'TOTAL');
}

export function isFlagged(row: Pick<WeakRow, 'is_low' | 'is_falling'>): boolean {
  return row.is_low || row.is_falling;
}
