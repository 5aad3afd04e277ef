import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { overviewMessages } from '@/features/overview/messages';

const t: Record<'vi' | 'en', TFunction> = {} as Record<'vi' | 'en', TFunction>;
beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({
    lng: 'vi',
    resources: { vi: { overview: overviewMessages.vi }, en: { overview: overviewMessages.en } },
    interpolation: { escapeValue: false },
  });
  t.vi = instance.getFixedT('vi', 'overview');
  t.en = instance.getFixedT('en', 'overview');
});

describe("the overview card's change of rank in words", () => {
  it.each([
    ['vi', 'up', 9, 'tăng 9 bậc'],
    ['vi', 'down', 2, 'giảm 2 bậc'],
    ['vi', 'same', 0, 'giữ nguyên'],
    ['en', 'down', 1, 'down 1 place'],
    ['en', 'up', 3, 'up 3 places'],
    ['en', 'same', 0, 'no change'],
  ] as const)('%s %s %i → %s', (lang, direction, count, text) => {
    expect(t[lang](`rank.moved.${direction}`, { count })).toBe(text);
  });
});
