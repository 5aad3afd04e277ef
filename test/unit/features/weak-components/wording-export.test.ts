import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { weakMessages } from '@/features/weak-components/messages';
import { PRIORITY_HEADER, priorityRows } from '@/features/weak-components/model/export-rows';
import { describeWeakRow, type Translate } from '@/features/weak-components/model/reason-text';
import { toXlsxSheets } from '@/features/weak-components/model/xlsx-sheets';
import type { WeakCriteria, WeakRow } from '@/sql/weak-components';

let tVi: Translate;
let tEn: Translate;
beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({
    lng: 'vi',
    resources: { vi: { weak: weakMessages.vi }, en: { weak: weakMessages.en } },
    interpolation: { escapeValue: false },
  });
  tVi = instance.getFixedT('vi', 'weak');
  tEn = instance.getFixedT('en', 'weak');
});

function row(over: Partial<WeakRow> = {}): WeakRow {
  return {
    unit_code: 'ha-tinh',
    unit_name: 'Hà Tĩnh',
    unit_level: 'province',
    block: 'province',
    component_code: 'D6',
    year: 2024,
    score: 7.09,
    max_score: 10,
    pct_of_max: 70.9,
    rank: 32,
    rank_source: 'computed',
    peer_count: 61,
    previous_year: 2023,
    previous_score: 7.27,
    score_change: -0.18,
    rank_change: -10,
    comparable: true,
    rank_comparable: true,
    not_comparable_reason: null,
    falling_streak: 2,
    best_score: 8.42,
    median_score: 7.51,
    q1_score: 7.2,
    points_lost: 1.33,
    pct_points_lost: 13.3,
    is_low: true,
    is_falling: true,
    fell_score: true,
    fell_rank: true,
    reasons: 'low_median,falling_score,falling_rank',
    ...over,
  };
}
const median: WeakCriteria = { lowMode: 'median', lowThreshold: 50, fallRankPlaces: 3 };

describe('describeWeakRow(row, criteria, lang, t)', () => {
  it.each([
    [
      'low below the median, falling two years, down ten places',
      row(),
      'Thấp hơn trung vị 0,42 điểm (trung vị 7,51); giảm 2 năm liên tiếp (năm nay giảm 0,18 điểm so với 2023); tụt 10 bậc (hạng 22 → 32/61)',
    ],
    [
      'one year of fall only',
      row({ reasons: 'falling_score', falling_streak: 1 }),
      'Giảm 0,18 điểm so với 2023',
    ],
    ['below a % threshold', row({ reasons: 'low_pct' }), 'Đạt 70,9% điểm tối đa, dưới ngưỡng 50%'],
    ['bottom quartile', row({ reasons: 'low_quartile' }), 'Trong 25% thấp nhất nhóm (dưới 7,20 điểm)'],
    [
      'a gap that rounds to zero keeps its digits',
      row({ reasons: 'low_median', score: 7.5095, median_score: 7.51 }),
      'Thấp hơn trung vị 0,0005 điểm (trung vị 7,51)',
    ],
    [
      'a break: no fall, "not comparable"',
      row({ reasons: 'low_median', comparable: false, not_comparable_reason: 'method', score_change: null }),
      'Thấp hơn trung vị 0,42 điểm (trung vị 7,51); không so sánh được với 2023 (đổi phương pháp)',
    ],
    [
      'a missing previous year',
      row({ reasons: '', previous_year: 2022, score_change: null }),
      'Không có số liệu 2023 (năm gần nhất 2022): không tính là giảm',
    ],
    ['the first year', row({ reasons: '', previous_year: null }), 'Chưa có năm trước để so sánh'],
    ['nothing to say', row({ reasons: '' }), ''],
  ])('%s', (_, input, text) => {
    expect(
      describeWeakRow(
        input,
        { ...median, lowMode: input.reasons.includes('pct') ? 'pct' : 'median' },
        'vi',
        tVi,
      ),
    ).toBe(text);
  });
  it('speaks English with English numbers', () => {
    expect(describeWeakRow(row({ reasons: 'falling_score', falling_streak: 1 }), median, 'en', tEn)).toBe(
      'Down 0.18 points from 2023',
    );
  });
  it('refuses an unknown reason rather than dropping it', () => {
    expect(() => describeWeakRow(row({ reasons: 'bogus' }), median, 'vi', tVi)).toThrow(/Unknown/);
  });
});

describe('priority list export', () => {
  const labels = {
    level: () => 'Tỉnh, thành phố',
    block: (code: string) => code,
    component: () => 'Cung ứng dịch vụ công',
    reason: () => 'lý do',
  };
  it('has Vietnamese headers and one raw-number line per row', () => {
    const [line] = priorityRows([row({ score: 7.090000001 })], labels);
    expect(PRIORITY_HEADER[0]).toBe('STT');
    expect(line).toHaveLength(PRIORITY_HEADER.length);
    expect(line?.slice(0, 12)).toEqual([
      1,
      'Hà Tĩnh',
      'ha-tinh',
      'Tỉnh, thành phố',
      '',
      'Cung ứng dịch vụ công',
      'D6',
      2024,
      7.09,
      10,
      70.9,
      32,
    ]);
    expect(line?.at(-1)).toBe('lý do');
  });
  it('keeps missing numbers empty, never 0', () => {
    const [line] = priorityRows(
      [row({ previous_year: null, previous_score: null, score_change: null })],
      labels,
    );
    expect(line?.slice(17, 20)).toEqual([null, null, null]);
  });
  it.each([
    [10, false],
    [2_000, true],
  ])(
    'splits %i rows over several sheets: %s (each under the size that would start a blob worker)',
    (count, several) => {
      const rows = Array.from({ length: count }, (_, at) => [at, 'Hà Tĩnh', 7.09, null]);
      const result = toXlsxSheets('Danh sách', ['STT', 'Đơn vị', 'Điểm', 'Ghi chú'], rows, 60_000);
      expect(result.length > 1).toBe(several);
      expect(result.map((sheet) => sheet.sheet).slice(0, 2)).toEqual(
        several ? ['Danh sách 1', 'Danh sách 2'] : ['Danh sách'],
      );
      expect(result.reduce((sum, sheet) => sum + sheet.data.length - 1, 0)).toBe(count);
      expect(result[0]?.data[0]?.[0]).toEqual({ value: 'STT', fontWeight: 'bold' });
      expect(result[0]?.data[1]).toEqual([
        { value: 0, type: Number },
        { value: 'Hà Tĩnh' },
        { value: 7.09, type: Number },
        null,
      ]);
    },
  );
});
