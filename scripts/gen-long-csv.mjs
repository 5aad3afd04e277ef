#!/usr/bin/env node
// Writes a valid long-layout CSV of N data rows to stdout, for the import benchmark:
//   node scripts/gen-long-csv.mjs 1000000 > /tmp/long-1m.csv
// Rows are deterministic (no randomness), keys are unique (index, year, unit_code, component_code),
// names are Vietnamese (non-ASCII, NFC) and a few component names need RFC 4180 quoting, so the
// file exercises the same paths as a real publisher's file (~116 bytes per row).
import { stdout } from 'node:process';

const rowCount = Number.parseInt(process.argv[2] ?? '', 10);
if (!Number.isInteger(rowCount) || rowCount < 1) {
  process.stderr.write('usage: node scripts/gen-long-csv.mjs N > file.csv\n');
  process.exit(1);
}

const COMPONENTS = [
  ['L1', 'Công tác chỉ đạo, điều hành CCHC', 9],
  ['L2', 'Cải cách thể chế', 9],
  ['L3', 'Cải cách thủ tục hành chính', 13],
  ['L4', 'Cải cách tổ chức bộ máy', 7],
  ['L5', 'Cải cách chế độ công vụ', 14],
  ['L6', 'Cải cách tài chính công', 8],
  ['L7', 'Xây dựng và phát triển Chính phủ điện tử, Chính phủ số', 16],
  ['L8', 'Tác động của CCHC đến người dân, tổ chức và phát triển KT-XH', 24],
  ['TOTAL', 'Chỉ số CCHC (tổng)', 100],
];
const YEARS = 10;
const FIRST_YEAR = 2015;
const LEVELS = ['department', 'commune', 'public_service_unit', 'central_agency'];

function quote(text) {
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const header =
  'index,year,unit_code,unit_name,unit_level,component_code,component_name,score,max_score,rank\n';
const chunks = [header];
let size = header.length;
for (let i = 0; i < rowCount; i += 1) {
  const component = COMPONENTS[i % COMPONENTS.length];
  const year = FIRST_YEAR + (Math.floor(i / COMPONENTS.length) % YEARS);
  const unit = Math.floor(i / (COMPONENTS.length * YEARS));
  const [code, name, max] = component;
  // Deterministic score in [0, max] with two decimals; every 97th value is blank (not published).
  const score = i % 97 === 0 ? '' : ((((i * 7919) % 10_000) / 10_000) * max).toFixed(2);
  const rank = (unit % 63) + 1;
  const unitCode = `U${String(unit).padStart(6, '0')}`;
  const line = `PAR,${year},${unitCode},Đơn vị ${unit} Sóc Trăng,${LEVELS[unit % LEVELS.length]},${code},${quote(name)},${score},${max},${rank}\n`;
  chunks.push(line);
  size += line.length;
  if (size > 1 << 20) {
    stdout.write(chunks.join(''));
    chunks.length = 0;
    size = 0;
  }
}
stdout.write(chunks.join(''));
