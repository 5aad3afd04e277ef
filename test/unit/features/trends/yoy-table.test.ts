import { describe, expect, it } from 'vitest';
import { yoyTableRows } from '@/features/trends/model/yoy-table';
import { MISSING } from '@/i18n/format';
import type { SeriesRow } from '@/sql/series';
import type { YoyRow } from '@/sql/yoy-deltas';
import { seriesRow, yoyRow } from './rows';

const texts = {
  notComparable: 'không so sánh được',
  notPublished: 'chưa công bố',
  noData: 'không có số liệu',
  rankOf: (rank: string, peers: string) => `${rank}/${peers}`,
  rankChange: (places: number) => (places > 0 ? `tăng ${places} bậc` : `giảm ${-places} bậc`),
};
const grid = (year: number, score: number | null, status: SeriesRow['status'] = 'scored') =>
  seriesRow({ unit_code: 'u', year, score, status });
const yoy = (year: number, over: Partial<YoyRow>) =>
  yoyRow({
    unit_code: 'u',
    year,
    status: 'scored',
    previous_year: year - 1,
    comparable: true,
    rank_comparable: true,
    ...over,
  });

describe('yoyTableRows(grid, yoy, unit, components, lang, texts)', () => {
  const rows = yoyTableRows(
    [
      grid(2017, 36.1),
      grid(2018, 45.2),
      grid(2019, 45.28),
      grid(2020, null, 'missing'),
      grid(2023, null, 'not_published'),
    ],
    [
      yoy(2017, { score: 36.1, rank: 12, previous_year: null, comparable: null, rank_comparable: null }),
      yoy(2018, { score: 45.2, rank: 7, comparable: false, not_comparable_reason: 'method', rank_change: 5 }),
      yoy(2019, { score: 45.28, rank: 16, score_change: 0.08, pct_change: 0.177, rank_change: -9 }),
    ],
    'u',
    ['TOTAL'],
    'vi',
    texts,
  );
  const row = (year: number) => rows.find((candidate) => candidate.year === year);

  it('formats a comparable change the Vietnamese way, with its direction', () => {
    expect(row(2019)).toMatchObject({
      scoreText: '45,28',
      change: { text: '+0,08', direction: 'up', state: 'value' },
      pct: { text: '+0,18%' },
      rankText: '16/63',
      rankChange: { text: 'giảm 9 bậc', direction: 'down' },
    });
  });

  it('says "không so sánh được" across a methodology break but keeps the rank change', () => {
    expect(row(2018)?.change).toEqual({
      text: 'không so sánh được',
      direction: null,
      state: 'not_comparable',
    });
    expect(row(2018)?.rankChange.text).toBe('tăng 5 bậc');
  });

  it('leaves the first year without a change and names a gap year for what it is', () => {
    expect(row(2017)?.change.text).toBe(MISSING);
    expect(row(2020)).toMatchObject({ scoreText: 'không có số liệu', gap: 'missing' });
    expect(row(2023)).toMatchObject({ scoreText: 'chưa công bố', gap: 'not_published' });
  });
});
