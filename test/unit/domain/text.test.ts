import { describe, expect, it } from 'vitest';
import { foldForSearch, slugifyVietnamese, sortByVietnamese } from '@/domain/text';

describe('slugifyVietnamese(name)', () => {
  it.each([
    ['Hà Tĩnh', 'ha-tinh'],
    ['Quảng Ninh', 'quang-ninh'],
    ['Đắk Lắk', 'dak-lak'],
    ['Bà Rịa - Vũng Tàu', 'ba-ria-vung-tau'],
    ['Thừa Thiên Huế', 'thua-thien-hue'],
    ['  Hồ Chí Minh ', 'ho-chi-minh'],
  ])('%s → %s', (name, slug) => {
    expect(slugifyVietnamese(name)).toBe(slug);
  });
});

describe('foldForSearch(text)', () => {
  it('ignores diacritics, đ, case and punctuation', () => {
    expect(foldForSearch('  Quảng  NINH ')).toBe('quang ninh');
    expect(foldForSearch('ĐÀ NẴNG')).toBe('da nang');
    expect(foldForSearch('Bà Rịa - Vũng Tàu')).toBe('ba ria vung tau');
  });
});

describe('sortByVietnamese(items, nameOf)', () => {
  it('puts Đ after D', () => {
    expect(sortByVietnamese(['Đà Nẵng', 'Điện Biên', 'Cao Bằng', 'Dak'], (x) => x)).toEqual([
      'Cao Bằng',
      'Dak',
      'Đà Nẵng',
      'Điện Biên',
    ]);
  });
});
