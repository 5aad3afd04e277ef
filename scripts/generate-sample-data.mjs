#!/usr/bin/env node
// Writes the bundled, clearly fictional sample province "Tỉnh Mẫu" (data/sample, data/registry).
// Deterministic: a seeded PRNG, so re-running it reproduces the committed files byte for byte.
// Scripted units carry the cases the award tests rely on (ties, near misses, gaps, a block change);
// the rest are seeded noise kept below the scripted winners so the designed verdicts hold.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const YEARS = [2021, 2022, 2023, 2024, 2025];
const AREAS = ['L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7', 'L8'];
const AREA_NAMES = {
  L1: 'Công tác chỉ đạo, điều hành CCHC',
  L2: 'Cải cách thể chế',
  L3: 'Cải cách thủ tục hành chính',
  L4: 'Cải cách tổ chức bộ máy',
  L5: 'Cải cách chế độ công vụ',
  L6: 'Cải cách tài chính công',
  L7: 'Xây dựng và phát triển Chính phủ điện tử, Chính phủ số',
  L8: 'Tác động của CCHC đến người dân, tổ chức và phát triển KT-XH',
};
// Max points per area follow the methodology versions of the catalogue (2020, 2022, 2024); each sums to 100.
const MAX_BY_YEAR = {
  2021: [7, 9, 10, 8, 12, 8, 10, 36],
  2022: [8, 9.5, 11.5, 7, 13, 9, 11, 31],
  2023: [8, 9.5, 11.5, 7, 13, 9, 11, 31],
  2024: [9, 10, 12, 7, 13, 9, 12, 28],
  2025: [9, 10, 12, 7, 13, 9, 12, 28],
};

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(20250701);
const between = (lo, hi) => lo + (hi - lo) * random();
const round2 = (x) => Math.round(x * 100) / 100;

const PROVINCE = {
  code: 'mau-tinh-mau',
  name: 'Tỉnh Mẫu (dữ liệu mẫu)',
  level: 'province',
  block: 'province',
};
const u = (code, name, level, block, extra = {}) => ({
  code: `mau-${code}`,
  name: `${name} (Tỉnh Mẫu)`,
  level,
  block,
  ...extra,
});
const DISTRICTS = [
  'An Phú',
  'Bình Lộc',
  'Châu Thành',
  'Đông Hải',
  'Hòa Bình',
  'Long Mỹ',
  'Mỹ Xuyên',
  'Tân Phú',
];
const COMMUNES = [
  ['xa-an-phu', 'Xã An Phú'],
  ['xa-an-lac', 'Xã An Lạc'],
  ['xa-binh-loc', 'Xã Bình Lộc'],
  ['phuong-chau-thanh', 'Phường Châu Thành'],
  ['xa-dong-hai', 'Xã Đông Hải'],
  ['xa-hoa-binh', 'Xã Hòa Bình'],
  ['phuong-long-my', 'Phường Long Mỹ'],
  ['xa-my-xuyen', 'Xã Mỹ Xuyên'],
  ['xa-tan-phu', 'Xã Tân Phú'],
  ['xa-tan-hung', 'Xã Tân Hưng'],
];
const UNITS = [
  u('so-noi-vu', 'Sở Nội vụ', 'department', 'tham-muu'),
  u('so-tu-phap', 'Sở Tư pháp', 'department', 'tham-muu'),
  u('van-phong-ubnd', 'Văn phòng UBND tỉnh', 'department', 'tham-muu'),
  u('so-tai-chinh', 'Sở Tài chính', 'department', 'tham-muu'),
  u('so-ke-hoach-dau-tu', 'Sở Kế hoạch và Đầu tư', 'department', 'tham-muu', { to: 2024 }),
  u('so-thong-tin-truyen-thong', 'Sở Thông tin và Truyền thông', 'department', 'tham-muu', { to: 2024 }),
  u('thanh-tra-tinh', 'Thanh tra tỉnh', 'department', 'tham-muu'),
  // Took over digital government (L7) from Information and Communications in 2025: changes block.
  u('so-khoa-hoc-cong-nghe', 'Sở Khoa học và Công nghệ', 'department', 'so-nganh', {
    blockFrom: { 2025: 'tham-muu' },
  }),
  ...[
    ['so-y-te', 'Sở Y tế'],
    ['so-cong-thuong', 'Sở Công Thương'],
    ['so-xay-dung', 'Sở Xây dựng'],
    ['so-giao-duc-dao-tao', 'Sở Giáo dục và Đào tạo'],
    ['so-tai-nguyen-moi-truong', 'Sở Tài nguyên và Môi trường'],
    ['so-giao-thong-van-tai', 'Sở Giao thông vận tải'],
    ['so-ngoai-vu', 'Sở Ngoại vụ'],
    ['so-lao-dong-tbxh', 'Sở Lao động - Thương binh và Xã hội'],
    ['ban-dan-toc', 'Ban Dân tộc'],
    ['ban-quan-ly-kcn', 'Ban Quản lý các khu công nghiệp'],
    ['so-nong-nghiep', 'Sở Nông nghiệp và Phát triển nông thôn'],
    ['so-van-hoa', 'Sở Văn hóa, Thể thao và Du lịch'],
    ['so-du-lich', 'Sở Du lịch'],
  ].map(([code, name]) => u(code, name, 'department', 'so-nganh')),
  ...[
    ['dai-phat-thanh-truyen-hinh', 'Đài Phát thanh và Truyền hình'],
    ['truong-cao-dang', 'Trường Cao đẳng Cộng đồng'],
    ['ban-qlda-xay-dung', 'Ban Quản lý dự án đầu tư xây dựng'],
    ['trung-tam-xuc-tien', 'Trung tâm Xúc tiến Đầu tư'],
  ].map(([code, name]) => u(code, name, 'public_service_unit', 'don-vi-su-nghiep')),
  ...[
    ['kho-bac', 'Kho bạc Nhà nước khu vực'],
    ['bao-hiem-xa-hoi', 'Bảo hiểm xã hội'],
    ['cuc-thue', 'Cục Thuế'],
    ['cuc-thong-ke', 'Cục Thống kê'],
    ['ngan-hang-nha-nuoc', 'Ngân hàng Nhà nước chi nhánh'],
    ['hai-quan', 'Chi cục Hải quan'],
  ].map(([code, name]) => u(code, name, 'central_agency', 'co-quan-trung-uong')),
  ...DISTRICTS.map((name) =>
    u(`huyen-${slug(name)}`, `Huyện ${name}`, 'district', 'cap-huyen', { to: 2024 }),
  ),
  ...COMMUNES.map(([code, name]) => u(code, name, 'commune', 'cap-xa', { from: 2025 })),
];

function slug(name) {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/\s+/g, '-');
}

// Scripted PAR TOTAL per year (null = no data that year) and satisfaction per year.
const SCRIPT = {
  'mau-van-phong-ubnd': { par: [90.4, 91.0, 91.6, 92.0, 92.5], sipas: [93, 94, 94.5, 95, 95.2] },
  'mau-so-tu-phap': { par: [88.1, 89.5, 90.2, 90.8, 91.2], sipas: [92, 92.5, 93, 93.4, 94] },
  'mau-so-tai-chinh': { par: [86.0, 87.2, 88.5, 89.3, 90.1], sipas: [91, 91.5, 92, 92.2, 92.8] },
  'mau-so-khoa-hoc-cong-nghe': { par: [80.2, 82.5, 84.1, 86.3, 88.4], sipas: [90.5, 91, 91.2, 91.8, 92.1] },
  'mau-so-noi-vu': { par: [89.0, 90.5, 91.2, 89.9, 90.3], sipas: [92, 93, 93.5, 94, 94.2] },
  'mau-thanh-tra-tinh': { par: [81.5, 82.0, 83.4, 84.0, 85.6], sipas: [90.2, 90.6, 91, 91.3, 91.9] },
  'mau-so-y-te': { par: [88.0, 89.1, 90.5, 92.0, 93.1], sipas: [91, 92, 92.6, 93, 93.5] },
  'mau-so-cong-thuong': { par: [86.5, 87.9, 89.0, 90.4, 91.45], sipas: [90.4, 91, 91.5, 92, 92.4] },
  // Tie at the quota edge in 2025 (89.20 each), broken by the higher period average (Xây dựng).
  'mau-so-xay-dung': { par: [85.0, 86.4, 87.6, 88.5, 89.2], sipas: [90.5, 91, 91.4, 91.8, 92] },
  'mau-so-giao-duc-dao-tao': { par: [82.0, 83.5, 85.1, 87.9, 89.2], sipas: [91, 91.6, 92, 92.2, 92.9] },
  // Best PAR score of its block in 2025, but average satisfaction below 90 %.
  'mau-so-tai-nguyen-moi-truong': {
    par: [87.5, 88.9, 90.1, 92.6, 94.0],
    sipas: [88, 88.2, 88.5, 88.9, 88.9],
  },
  // Falling, and in Nhóm 5 in 2023.
  'mau-so-giao-thong-van-tai': { par: [78.0, 70.5, 48.5, 60.2, 66.0], sipas: [89, 87, 84, 86, 88] },
  // No PAR score in 2023.
  'mau-so-ngoai-vu': { par: [84.0, 85.2, null, 86.0, 87.0], sipas: [91, 91.5, 91.8, 92, 92.3] },
  // Rising steadily.
  'mau-so-lao-dong-tbxh': { par: [70.2, 74.8, 79.5, 84.0, 88.0], sipas: [89.5, 90.2, 91, 91.8, 92.5] },
  // Falling steadily.
  'mau-ban-dan-toc': { par: [85.3, 80.1, 76.4, 71.0, 66.2], sipas: [92, 91, 90, 89, 88] },
  // Nhóm 4 throughout.
  'mau-ban-quan-ly-kcn': { par: [55.1, 58.4, 61.0, 62.9, 63.5], sipas: [85, 86, 86.5, 87, 87.5] },
  'mau-dai-phat-thanh-truyen-hinh': { par: [86.0, 87.5, 88.3, 89.6, 90.7], sipas: [91, 92, 92.5, 93, 93.6] },
  // Identical records: a tie no data key resolves, left to the council.
  'mau-kho-bac': { par: [88.0, 89.0, 90.0, 91.0, 92.0], sipas: [94, 94, 94, 94, 94] },
  'mau-bao-hiem-xa-hoi': { par: [88.0, 89.0, 90.0, 91.0, 92.0], sipas: [94, 94, 94, 94, 94] },
  'mau-huyen-an-phu': { par: [84.0, 86.0, 88.2, 90.5, null], sipas: [91, 92, 92.5, 93, null] },
  'mau-huyen-hoa-binh': { par: [47.0, 52.0, 58.0, 63.0, null], sipas: [84, 85, 86, 87, null] },
};

// Components of the province's own (Ministry-published) PAR Index; Home Affairs' L4 falls 0.31 in 2025.
const PROVINCE_POINTS = {
  2021: [5.9, 7.1, 7.8, 6.4, 9.1, 6.2, 7.0, 27.4],
  2022: [6.8, 7.6, 9.0, 5.6, 10.2, 7.0, 8.1, 24.0],
  2023: [7.0, 7.9, 9.4, 5.9, 10.6, 7.3, 8.6, 24.6],
  2024: [7.6, 8.2, 9.8, 5.95, 10.4, 7.1, 9.0, 22.1],
  2025: [7.9, 8.6, 10.3, 5.64, 10.9, 7.4, 9.7, 22.6],
};
const PROVINCE_RANK = { 2021: 41, 2022: 33, 2023: 29, 2024: 24, 2025: 12 };
const PROVINCE_SIPAS = { 2021: 83.1, 2022: 80.9, 2023: 82.4, 2024: 84.0, 2025: 85.7 };

function blockIn(unit, year) {
  let block = unit.block;
  for (const [from, next] of Object.entries(unit.blockFrom ?? {})) if (year >= Number(from)) block = next;
  return block;
}
function exists(unit, year) {
  return year >= (unit.from ?? 2021) && year <= (unit.to ?? 2025);
}

/** Spreads a target total over the areas; the last area absorbs the rounding so the total is exact. */
function splitPoints(total, maxes) {
  const share = total / 100;
  const points = maxes.slice(0, -1).map((max) => round2(Math.min(max, max * (share + between(-0.06, 0.06)))));
  const rest = round2(total - points.reduce((a, b) => a + b, 0));
  const lastMax = maxes[maxes.length - 1];
  if (rest < 0 || rest > lastMax) return splitPoints(total, maxes);
  return [...points, rest];
}

const parRows = [];
const sipasRows = [];
const records = new Map();
for (const unit of UNITS) {
  const script = SCRIPT[unit.code];
  let level = between(66, 86);
  const trend = between(-1.5, 1.5);
  for (const [i, year] of YEARS.entries()) {
    if (!exists(unit, year)) continue;
    const scripted = script ? script.par[i] : undefined;
    if (scripted === null) continue;
    // Unscripted units stay below the scripted winners of their block (≤ 88).
    const total = scripted ?? round2(Math.min(88, Math.max(52, level + between(-2, 2))));
    level += trend;
    const satisfaction = script ? script.sipas[i] : round2(between(86, 95));
    records.set(`${unit.code}|${year}`, { total, satisfaction });
  }
}

for (const year of YEARS) {
  const maxes = MAX_BY_YEAR[year];
  const inYear = UNITS.filter((unit) => records.has(`${unit.code}|${year}`));
  for (const unit of inYear) {
    const { total, satisfaction } = records.get(`${unit.code}|${year}`);
    const block = blockIn(unit, year);
    const peers = inYear.filter((other) => blockIn(other, year) === block);
    const rank = 1 + peers.filter((other) => records.get(`${other.code}|${year}`).total > total).length;
    const points = splitPoints(total, maxes);
    for (const [a, area] of AREAS.entries()) {
      parRows.push([
        'PAR',
        year,
        unit.code,
        unit.name,
        unit.level,
        area,
        AREA_NAMES[area],
        points[a],
        maxes[a],
        '',
        block,
      ]);
    }
    parRows.push([
      'PAR',
      year,
      unit.code,
      unit.name,
      unit.level,
      'TOTAL',
      'Chỉ số CCHC (%)',
      total,
      100,
      rank,
      block,
    ]);
    sipasRows.push([
      'SIPAS',
      year,
      unit.code,
      unit.name,
      unit.level,
      'TOTAL',
      'Mức độ hài lòng (%)',
      satisfaction,
      100,
      '',
      block,
    ]);
  }
  const provincePoints = PROVINCE_POINTS[year];
  for (const [a, area] of AREAS.entries()) {
    parRows.push([
      'PAR',
      year,
      PROVINCE.code,
      PROVINCE.name,
      'province',
      area,
      AREA_NAMES[area],
      provincePoints[a],
      maxes[a],
      '',
      PROVINCE.block,
    ]);
  }
  const provinceTotal = round2(provincePoints.reduce((a, b) => a + b, 0));
  parRows.push([
    'PAR',
    year,
    PROVINCE.code,
    PROVINCE.name,
    'province',
    'TOTAL',
    'Chỉ số CCHC (%)',
    provinceTotal,
    100,
    PROVINCE_RANK[year],
    PROVINCE.block,
  ]);
  sipasRows.push([
    'SIPAS',
    year,
    PROVINCE.code,
    PROVINCE.name,
    'province',
    'TOTAL',
    'Mức độ hài lòng (%)',
    PROVINCE_SIPAS[year],
    100,
    '',
    PROVINCE.block,
  ]);
}

const HEADER =
  'index,year,unit_code,unit_name,unit_level,component_code,component_name,score,max_score,rank,block';
const cell = (value) => {
  const text = typeof value === 'number' ? String(round2(value)) : String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};
const toCsv = (header, rows) => `${[header, ...rows.map((row) => row.map(cell).join(','))].join('\n')}\n`;

const ADVISING = [
  ...YEARS.flatMap((year) => [
    [year, 'L1', 'mau-so-noi-vu'],
    [year, 'L2', 'mau-so-tu-phap'],
    [year, 'L3', 'mau-van-phong-ubnd'],
    [year, 'L4', 'mau-so-noi-vu'],
    [year, 'L5', 'mau-so-noi-vu'],
    [year, 'L6', 'mau-so-tai-chinh'],
    [year, 'L7', year < 2025 ? 'mau-so-thong-tin-truyen-thong' : 'mau-so-khoa-hoc-cong-nghe'],
    [year, 'L8', year < 2025 ? 'mau-so-ke-hoach-dau-tu' : 'mau-so-tai-chinh'],
  ]),
];

const BAND_SET = [
  { id: 'nhom-1', label: { vi: 'Nhóm 1', en: 'Group 1' }, minPct: 90 },
  { id: 'nhom-2', label: { vi: 'Nhóm 2', en: 'Group 2' }, minPct: 80 },
  { id: 'nhom-3', label: { vi: 'Nhóm 3', en: 'Group 3' }, minPct: 65 },
  { id: 'nhom-4', label: { vi: 'Nhóm 4', en: 'Group 4' }, minPct: 50 },
  { id: 'nhom-5', label: { vi: 'Nhóm 5', en: 'Group 5' }, minPct: null },
];
const BANDS = {
  $comment:
    'Dữ liệu mẫu / Sample data: internal bands of the fictional Tỉnh Mẫu. Schemes are matched by index, level and block (null = any) and by year; the most specific one applies.',
  schemes: [
    {
      index: 'PAR',
      component: 'TOTAL',
      level: null,
      block: null,
      fromYear: 2021,
      toYear: null,
      bands: BAND_SET,
    },
  ],
};

function write(relative, text) {
  const path = join(ROOT, relative);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
write('data/sample/tinh-mau-par.csv', toCsv(HEADER, parRows));
write('data/sample/tinh-mau-sipas.csv', toCsv(HEADER, sipasRows));
write('data/registry/tinh-mau-advising.csv', toCsv('year,component_code,unit_code', ADVISING));
write('data/registry/tinh-mau-bands.json', `${JSON.stringify(BANDS, null, 2)}\n`);
console.log(`sample: ${parRows.length} PAR rows, ${sipasRows.length} SIPAS rows, ${UNITS.length + 1} units`);
