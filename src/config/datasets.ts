import type { IndexCode, Localized } from '@/domain/catalogue';

/** Where the bundled figures come from (data/SOURCES.md has the full account of each). */
export interface Provenance {
  readonly publisher: Localized;
  readonly document: Localized;
  readonly years: string;
}

export interface BundledDataset {
  readonly id: string;
  readonly kind: 'published' | 'sample';
  readonly fileName: string;
  readonly indices: readonly IndexCode[];
  readonly hasBlock: boolean;
  readonly label: Localized;
  readonly provenance: Provenance;
}

/** A publisher's own figures: one index per file, no block column (each unit is ranked in its level). */
function published(
  index: IndexCode,
  fileName: string,
  label: Localized,
  provenance: Provenance,
): BundledDataset {
  const id = `published-${index.toLowerCase()}`;
  return { id, kind: 'published', fileName, indices: [index], hasBlock: false, label, provenance };
}

/** The fictional province's internal scoring of one index, per block of its units. */
function sample(index: IndexCode, label: Localized, document: Localized): BundledDataset {
  const name = `tinh-mau-${index.toLowerCase()}`;
  return {
    id: `sample-${name}`,
    kind: 'sample',
    fileName: `sample/${name}.csv`,
    indices: [index],
    hasBlock: true,
    label,
    provenance: {
      publisher: { vi: 'Dữ liệu mẫu, hư cấu', en: 'Sample data, fictional' },
      document,
      years: '2021–2025',
    },
  };
}

const HOME_AFFAIRS: Localized = {
  vi: 'Bộ Nội vụ (qua báo chí chính thống)',
  en: 'Ministry of Home Affairs (via official press)',
};

export const BUNDLED_DATASETS: readonly BundledDataset[] = [
  published(
    'PAR',
    'par_index.csv',
    { vi: 'Chỉ số CCHC đã công bố', en: 'Published PAR Index' },
    {
      publisher: HOME_AFFAIRS,
      document: {
        vi: 'Công bố Chỉ số CCHC hằng năm; chỉ có điểm tổng',
        en: 'Yearly PAR Index announcements; totals only',
      },
      years: '2019–2024',
    },
  ),
  published(
    'SIPAS',
    'sipas.csv',
    { vi: 'SIPAS đã công bố', en: 'Published SIPAS' },
    {
      publisher: HOME_AFFAIRS,
      document: {
        vi: 'Công bố Chỉ số SIPAS hằng năm; chỉ có điểm tổng',
        en: 'Yearly SIPAS announcements; totals only',
      },
      years: '2017–2024',
    },
  ),
  published(
    'PAPI',
    'papi.csv',
    { vi: 'PAPI 63 tỉnh', en: 'PAPI, 63 provinces' },
    {
      publisher: { vi: 'UNDP, CECODES và các đối tác', en: 'UNDP, CECODES and partners' },
      document: { vi: 'Dữ liệu PAPI cấp tỉnh (papi.org.vn)', en: 'PAPI provincial data (papi.org.vn)' },
      years: '2011–2024',
    },
  ),
  published(
    'PCI',
    'pci.csv',
    { vi: 'PCI (48 tỉnh, chưa đầy đủ)', en: 'PCI (48 provinces, partial)' },
    {
      publisher: { vi: 'VCCI', en: 'VCCI' },
      document: {
        vi: 'Hồ sơ tỉnh và bảng chỉ số thành phần PCI (pcivietnam.vn)',
        en: 'PCI province profiles and sub-index tables (pcivietnam.vn)',
      },
      years: '2006–2024',
    },
  ),
  published(
    'DDCI',
    'ddci.csv',
    {
      vi: 'DDCI Hà Tĩnh, Quảng Ninh, Hải Phòng, Đà Nẵng, Đồng Tháp',
      en: 'DDCI Hà Tĩnh, Quảng Ninh, Hải Phòng, Đà Nẵng, Đồng Tháp',
    },
    {
      publisher: { vi: 'UBND tỉnh và VCCI', en: "Provincial People's Committees with VCCI" },
      document: { vi: 'Bảng chỉ số DDCI công bố trên cổng tỉnh', en: 'DDCI tables on provincial portals' },
      years: '2019–2023',
    },
  ),
  sample(
    'PAR',
    { vi: 'Tỉnh Mẫu: Chỉ số CCHC nội bộ (dữ liệu mẫu)', en: 'Tỉnh Mẫu: internal PAR Index (sample data)' },
    {
      vi: 'Tạo bởi scripts/generate-sample-data.mjs để minh hoạ cách chấm điểm nội bộ của một tỉnh',
      en: "Made by scripts/generate-sample-data.mjs to show a province's internal scoring",
    },
  ),
  sample(
    'SIPAS',
    {
      vi: 'Tỉnh Mẫu: mức độ hài lòng theo đơn vị (dữ liệu mẫu)',
      en: 'Tỉnh Mẫu: satisfaction per unit (sample data)',
    },
    { vi: 'Tạo bởi scripts/generate-sample-data.mjs', en: 'Made by scripts/generate-sample-data.mjs' },
  ),
];

/** "Publisher, document (years)": the footnote line of a bundled dataset (data/SOURCES.md has the rest). */
export function provenanceLine(dataset: BundledDataset, lang: 'vi' | 'en'): string {
  const { publisher, document, years } = dataset.provenance;
  return `${publisher[lang]}, ${document[lang]} (${years})`;
}
