import { describe, expect, it } from 'vitest';
import { toLineageModel } from '@/features/overview/model/lineage-model';
import { provenanceText } from '@/features/overview/model/provenance';
import { toSparkModel } from '@/features/overview/model/spark-model';
import { toSparkTable } from '@/features/overview/model/spark-table';
import type { OverviewSeriesRow } from '@/sql/overview-extra';

const point = (
  year: number,
  score: number | null,
  changes: Partial<OverviewSeriesRow> = {},
): OverviewSeriesRow => ({
  index_code: 'PAPI',
  year,
  score,
  pct_of_max: score,
  rank: score === null ? null : 1,
  rank_source: 'computed',
  comparable: true,
  status: score === null ? 'missing' : 'scored',
  ...changes,
});

describe('toSparkModel(index, series, context)', () => {
  it("draws SQL's gap row as null, never 0", () => {
    const model = toSparkModel('PAPI', [point(2015, 40), point(2016, null), point(2017, 42)]);
    expect(model.data).toEqual([
      { year: 2015, s0: 40 },
      { year: 2016, s0: null },
      { year: 2017, s0: 42 },
    ]);
    expect(model.years.map((year) => year.status)).toEqual(['scored', 'missing', 'scored']);
  });

  it('cuts the line where a step is not comparable (PAPI 60 → 80 points in 2018)', () => {
    const model = toSparkModel('PAPI', [
      point(2017, 38),
      point(2018, 44, { comparable: false }),
      point(2019, 45),
    ]);
    expect(model.keys).toEqual(['s0', 's1']);
    expect(model.data).toEqual([
      { year: 2017, s0: 38, s1: null },
      { year: 2018, s0: null, s1: 44 },
      { year: 2019, s0: null, s1: 45 },
    ]);
  });

  it('keeps the status SQL gives a year without a score ("not published" in a top-only year)', () => {
    const pci = { index_code: 'PCI' } as const;
    const rows = [
      point(2022, 71, pci),
      point(2023, null, { ...pci, status: 'not_published' }),
      point(2024, null, { ...pci, status: 'not_published' }),
    ];
    expect(toSparkModel('PCI', rows).years.map((year) => [year.year, year.status])).toEqual([
      [2022, 'scored'],
      [2023, 'not_published'],
      [2024, 'not_published'],
    ]);
  });

  it('pads the value range so no point sits on the axis', () => {
    expect(toSparkModel('PAPI', [point(2022, 87.59), point(2023, 90.61)]).domain).toEqual([86, 92]);
  });

  it('marks a year with only a published rank as rank-only', () => {
    const model = toSparkModel('PAPI', [point(2022, null, { rank: 4, status: 'rank_only' })]);
    expect(model.years[0]?.status).toBe('rank_only');
    expect(model.keys).toEqual(['s0']);
  });

  it('is empty for an index without rows', () => {
    expect(toSparkModel('PCI', [point(2020, 1)])).toEqual({
      data: [],
      keys: [],
      years: [],
      domain: null,
    });
  });
});

describe('toSparkTable(years, text)', () => {
  it('writes why a score is absent in the table and the CSV, never a blank or 0', () => {
    const model = toSparkModel('PCI', [
      point(2022, 71.5, { index_code: 'PCI' }),
      point(2023, null, { index_code: 'PCI', status: 'not_published' }),
    ]);
    const table = toSparkTable(model.years, {
      header: ['Năm', 'Điểm', '%', 'Hạng'],
      status: { not_published: 'chưa công bố', rank_only: 'chỉ có hạng', missing: 'không có số liệu' },
      score: (value) => String(value),
      percent: (value) => `${value} %`,
      integer: (value) => String(value),
    });
    expect(table.rows).toEqual([
      [2022, 71.5, 71.5, 1],
      [2023, 'chưa công bố', null, null],
    ]);
    expect(table.displayRows[1]?.[1]).toBe('chưa công bố');
  });
});

describe('toLineageModel(unit, links)', () => {
  const link = (old_code: string, old_name: string, new_code: string, new_name: string) => ({
    old_code,
    old_name,
    new_code,
    new_name,
    effective_year: 2025,
    is_identity: old_code === new_code,
  });
  it("lists a merged unit's predecessors in Vietnamese order, the continuing one marked", () => {
    const links = [
      link('quang-tri', 'Quảng Trị', 'quang-tri', 'Quảng Trị'),
      link('quang-binh', 'Quảng Bình', 'quang-tri', 'Quảng Trị'),
    ];
    expect(toLineageModel('quang-tri', links)).toEqual({
      merged: {
        year: 2025,
        predecessors: [
          { code: 'quang-binh', name: 'Quảng Bình', continues: false },
          { code: 'quang-tri', name: 'Quảng Trị', continues: true },
        ],
      },
      successor: null,
    });
  });

  it('sorts Đ after D (collation, not code order)', () => {
    const links = [
      link('dak-nong', 'Đắk Nông', 'lam-dong', 'Lâm Đồng'),
      link('binh-thuan', 'Bình Thuận', 'lam-dong', 'Lâm Đồng'),
      link('lam-dong', 'Lâm Đồng', 'lam-dong', 'Lâm Đồng'),
    ];
    expect(toLineageModel('lam-dong', links).merged?.predecessors.map((p) => p.name)).toEqual([
      'Bình Thuận',
      'Đắk Nông',
      'Lâm Đồng',
    ]);
  });

  it('offers the successor of a unit merged away', () => {
    const links = [link('quang-binh', 'Quảng Bình', 'quang-tri', 'Quảng Trị')];
    expect(toLineageModel('quang-binh', links)).toEqual({
      merged: null,
      successor: { code: 'quang-tri', name: 'Quảng Trị', year: 2025 },
    });
  });

  it('says nothing for a unit that simply continued (an identity link)', () => {
    expect(toLineageModel('ha-tinh', [link('ha-tinh', 'Hà Tĩnh', 'ha-tinh', 'Hà Tĩnh')])).toEqual({
      merged: null,
      successor: null,
    });
  });
});

describe('provenanceText(datasetIds, lang, importedLabel)', () => {
  it('names the publisher and document of a bundled dataset and the imported ones', () => {
    expect(provenanceText(['published-papi', 'import-1', 'import-2'], 'vi', 'Dữ liệu nhập')).toBe(
      'UNDP, CECODES và các đối tác, Dữ liệu PAPI cấp tỉnh (papi.org.vn) (2011–2024); Dữ liệu nhập',
    );
  });
});
