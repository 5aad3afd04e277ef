import { describe, expect, it } from 'vitest';
import { translator } from '@/i18n/setup';

describe('the lineage note through i18next', () => {
  it.each([
    ['vi', 'Quảng Trị (từ 2025) = Quảng Bình + Quảng Trị'],
    ['en', 'Quảng Trị (from 2025) = Quảng Bình + Quảng Trị'],
  ] as const)('states the composition in words (%s)', (lang, text) => {
    const t = translator(lang, 'common');
    expect(t('lineageNote', { name: 'Quảng Trị', year: 2025, parts: 'Quảng Bình + Quảng Trị' })).toBe(text);
  });
});
