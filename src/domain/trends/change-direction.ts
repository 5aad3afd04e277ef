export type ChangeDirection = 'up' | 'down' | 'same';

/** The mark shown beside a change (▲ ▼ ■), so direction never relies on colour alone. */
export const DIRECTION_MARK: Readonly<Record<ChangeDirection, string>> = { up: '▲', down: '▼', same: '■' };

export function changeDirection(change: number | null): ChangeDirection | null {
  if (change === null) return null;
  return change > 0 ? 'up' : change < 0 ? 'down' : 'same';
}
