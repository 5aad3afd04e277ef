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

export const BUNDLED_DATASETS: readonly BundledDataset[] = [
  {
    id: 'published-par',
    kind: 'published',
    fileName: 'par_index.csv',
    indices: ['PAR'],
    hasBlock: false,
    label: { vi: 'Chỉ số CCHC đã công bố', en: 'Published PAR Index' },
    provenance: {
      publisher: {
        vi: 'Bộ Nội vụ (qua báo chí chính thống)',
        en: 'Ministry of Home Affairs (via official press)',
      },
      document: {
        vi: 'Công bố Chỉ số CCHC hằng năm; chỉ có điểm tổng',
        en: 'Yearly PAR Index announcements; totals only',
      },
      years: '2019–2024',
    },
  },
  {
    id: 'published-sipas',
    kind: 'published',
    fileName: 'sipas.csv',
    indices: ['SIPAS'],
    hasBlock: false,
    label: { vi: 'SIPAS đã công bố', en: 'Published SIPAS' },
    provenance: {
      publisher: {
        vi: 'Bộ Nội vụ (qua báo chí chính thống)',
        en: 'Ministry of Home Affairs (via official press)',
      },
      document: {
        vi: 'Công bố Chỉ số SIPAS hằng năm; chỉ có điểm tổng',
        en: 'Yearly SIPAS announcements; totals only',
      },
      years: '2017–2024',
    },
  },
  {
    id: 'published-papi',
    kind: 'published',
    fileName: 'papi.csv',
    indices: ['PAPI'],
    hasBlock: false,
    label: { vi: 'PAPI 63 tỉnh', en: 'PAPI, 63 provinces' },
    provenance: {
      publisher: { vi: 'UNDP, CECODES và các đối tác', en: 'UNDP, CECODES and partners' },
      document: { vi: 'Dữ liệu PAPI cấp tỉnh (papi.org.vn)', en: 'PAPI provincial data (papi.org.vn)' },
      years: '2011–2024',
    },
  },
  {
    id: 'published-pci',
    kind: 'published',
    fileName: 'pci.csv',
    indices: ['PCI'],
    hasBlock: false,
    label: { vi: 'PCI (48 tỉnh, chưa đầy đủ)', en: 'PCI (48 provinces, partial)' },
    provenance: {
      publisher: { vi: 'VCCI', en: 'VCCI' },
      document: {
        vi: 'Hồ sơ tỉnh và bảng chỉ số thành phần PCI (pcivietnam.vn)',
        en: 'PCI province profiles and sub-index tables (pcivietnam.vn)',
      },
      years: '2006–2024',
    },
  },
  {
    id: 'published-ddci',
    kind: 'published',
    fileName: 'ddci.csv',
    indices: ['DDCI'],
    hasBlock: false,
    label: {
      vi: 'DDCI Hà Tĩnh, Quảng Ninh, Hải Phòng, Đà Nẵng, Đồng Tháp',
      en: 'DDCI Hà Tĩnh, Quảng Ninh, Hải Phòng, Đà Nẵng, Đồng Tháp',
    },
    provenance: {
      publisher: { vi: 'UBND tỉnh và VCCI', en: "Provincial People's Committees with VCCI" },
      document: { vi: 'Bảng chỉ số DDCI công bố trên cổng tỉnh', en: 'DDCI tables on provincial portals' },
      years: '2019–2023',
    },
  },
  {
    id: 'sample-tinh-mau-par',
    kind: 'sample',
    fileName: 'sample/tinh-mau-par.csv',
    indices: ['PAR'],
    hasBlock: true,
    label: {
      vi: 'Tỉnh Mẫu: Chỉ số CCHC nội bộ (dữ liệu mẫu)',
      en: 'Tỉnh Mẫu: internal PAR Index (sample data)',
    },
    provenance: {
      publisher: { vi: 'Dữ liệu mẫu, hư cấu', en: 'Sample data, fictional' },
      document: {
        vi: 'Tạo bởi scripts/generate-sample-data.mjs để minh hoạ cách chấm điểm nội bộ của một tỉnh',
        en: "Made by scripts/generate-sample-data.mjs to show a province's internal scoring",
      },
      years: '2021–2025',
    },
  },
  {
    id: 'sample-tinh-mau-sipas',
    kind: 'sample',
    fileName: 'sample/tinh-mau-sipas.csv',
    indices: ['SIPAS'],
    hasBlock: true,
    label: {
      vi: 'Tỉnh Mẫu: mức độ hài lòng theo đơn vị (dữ liệu mẫu)',
      en: 'Tỉnh Mẫu: satisfaction per unit (sample data)',
    },
    provenance: {
      publisher: { vi: 'Dữ liệu mẫu, hư cấu', en: 'Sample data, fictional' },
      document: {
        vi: 'Tạo bởi scripts/generate-sample-data.mjs',
        en: 'Made by scripts/generate-sample-data.mjs',
      },
      years: '2021–2025',
    },
  },
];

/** "Publisher, document (years)": the footnote line of a bundled dataset (data/SOURCES.md has the rest). */
export function provenanceLine(dataset: BundledDataset, lang: 'vi' | 'en'): string {
  const { publisher, document, years } = dataset.provenance;
  return `${publisher[lang]}, ${document[lang]} (${years})`;
}
