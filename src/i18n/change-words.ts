import type { Translate } from '@/domain/translate';

/**
 * A rank change in places, positive = moved up: "tăng 9 bậc", "down 1 place", "giữ nguyên". `t` reads
 * the common namespace; the words and their plurals are its `rankChange` messages.
 */
export function rankChangeWords(places: number, t: Translate): string {
  if (places === 0) return t('rankChange.same');
  return t(places > 0 ? 'rankChange.up' : 'rankChange.down', { count: Math.abs(places) });
}
