import { describe, expect, it } from 'vitest';
import { rankChangeWords } from '@/i18n/change-words';
import { translator } from '@/i18n/setup';

describe('rankChangeWords(places, t) through i18next', () => {
  it.each([
    [9, 'vi', 'tăng 9 bậc'],
    [-2, 'vi', 'giảm 2 bậc'],
    [0, 'vi', 'giữ nguyên'],
    [-1, 'en', 'down 1 place'],
    [3, 'en', 'up 3 places'],
    [0, 'en', 'no change'],
  ] as const)('%i places in %s → %s', (places, lang, text) => {
    expect(rankChangeWords(places, translator(lang, 'common'))).toBe(text);
  });
});
