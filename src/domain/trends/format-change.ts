import type { Lang } from '@/domain/catalogue';

export type ChangeDirection = 'up' | 'down' | 'same';

/** The mark shown beside a change (▲ ▼ ■), so direction never relies on colour alone. */
export const DIRECTION_MARK: Readonly<Record<ChangeDirection, string>> = { up: '▲', down: '▼', same: '■' };

export function changeDirection(change: number | null): ChangeDirection | null {
  if (change === null) return null;
  return change > 0 ? 'up' : change < 0 ? 'down' : 'same';
}

const NOT_COMPARABLE: Record<Lang, string> = { vi: 'không so sánh được', en: 'not comparable' };
const NO_VALUE = '–';

/** Rank change in places, positive = moved up: "tăng 9 bậc", "down 1 place", "giữ nguyên". */
export function formatRankChange(change: number | null, comparable: boolean | null, lang: Lang): string {
  if (comparable === false) return NOT_COMPARABLE[lang];
  const direction = changeDirection(change);
  if (direction === null || change === null) return NO_VALUE;
  const places = Math.abs(change);
  if (lang === 'vi')
    return direction === 'same' ? 'giữ nguyên' : `${direction === 'up' ? 'tăng' : 'giảm'} ${places} bậc`;
  if (direction === 'same') return 'no change';
  return `${direction} ${places} ${places === 1 ? 'place' : 'places'}`;
}
