import { describe, expect, it } from 'vitest';
import { prepare } from '@/ingest/prepare';

const HEADER = 'index,year,unit_code,unit_name,unit_level,component_code,component_name,score,max_score,rank';
const ROW = 'PAR,2022,01,Hà Nội,province,L3,Cải cách thủ tục hành chính,11.22,13,4';
const encode = (text: string) => new TextEncoder().encode(text);
const lines = (text: string) => Array.from(prepare(encode(text)).recordLines);

describe('prepare(bytes): delimiters', () => {
  it.each([
    [',', HEADER, ROW],
    [';', HEADER.replaceAll(',', ';'), ROW.replaceAll(',', ';')],
    ['\t', HEADER.replaceAll(',', '\t'), ROW.replaceAll(',', '\t')],
  ])('detects %j from the header line', (delimiter, header, row) => {
    const prepared = prepare(encode(`${header}\n${row}\n`));
    expect(prepared.ok).toBe(true);
    expect(prepared.delimiter).toBe(delimiter);
    expect(prepared.recordCount).toBe(1);
  });

  it('honours and skips an Excel sep= directive', () => {
    const prepared = prepare(
      encode(`sep=;\r\n${HEADER.replaceAll(',', ';')}\r\n${ROW.replaceAll(',', ';')}\r\n`),
    );
    expect(prepared.delimiter).toBe(';');
    expect(Array.from(prepared.recordLines)).toEqual([3]);
    expect(new TextDecoder().decode(prepared.csv).startsWith('index;')).toBe(true);
  });
});

describe('prepare(bytes): physical line numbers of records', () => {
  it.each([
    ['LF', `${HEADER}\n${ROW}\n${ROW}\n`, [2, 3]],
    ['CRLF', `${HEADER}\r\n${ROW}\r\n${ROW}\r\n`, [2, 3]],
    ['CR only', `${HEADER}\r${ROW}\r${ROW}\r`, [2, 3]],
    ['no final newline', `${HEADER}\n${ROW}\n${ROW}`, [2, 3]],
    ['blank lines between records', `${HEADER}\n\n${ROW}\n\r\n${ROW}\n`, [3, 5]],
    ['a quoted newline (LF)', `${HEADER}\n${ROW.replace('Hà Nội', '"Hà\nNội"')}\n${ROW}\n`, [2, 4]],
    ['a quoted newline (CRLF)', `${HEADER}\r\n${ROW.replace('Hà Nội', '"Hà\r\nNội"')}\r\n${ROW}\r\n`, [2, 4]],
    ['a title row above the header', `BẢNG TỔNG HỢP CHỈ SỐ CCHC\n${HEADER}\n${ROW}\n`, [3]],
  ])('counts lines with %s', (_case, text, expected) => {
    expect(lines(text)).toEqual(expected);
  });

  it('drops rows that are only delimiters and keeps line numbers right after them', () => {
    const prepared = prepare(encode(`${HEADER}\n${ROW}\n,,,,,,,,,\n${ROW}\n`));
    expect(Array.from(prepared.recordLines)).toEqual([2, 4]);
    expect(new TextDecoder().decode(prepared.csv)).not.toContain(',,,,');
  });

  it('passes a canonical file through without copying it', () => {
    const bytes = encode(`${HEADER}\n${ROW}\n`);
    expect(prepare(bytes).csv).toBe(bytes);
  });
});

describe('prepare(bytes): encodings', () => {
  it('strips a UTF-8 BOM', () => {
    const prepared = prepare(new Uint8Array([0xef, 0xbb, 0xbf, ...encode(`${HEADER}\n${ROW}\n`)]));
    expect(prepared.ok).toBe(true);
    expect(prepared.csv[0]).toBe('i'.charCodeAt(0));
  });

  it.each([
    ['utf-16le', [0xff, 0xfe], (c: number) => [c & 0xff, c >> 8]],
    ['utf-16be', [0xfe, 0xff], (c: number) => [c >> 8, c & 0xff]],
  ])('converts %s with a BOM and says so', (encoding, bom, unit) => {
    const text = `${HEADER}\r\n${ROW}\r\n`;
    const bytes = new Uint8Array([...bom, ...Array.from(text, (ch) => unit(ch.charCodeAt(0))).flat()]);
    const prepared = prepare(bytes);
    expect(prepared.ok).toBe(true);
    expect(prepared.warnings).toContainEqual({ code: 'encoding-converted', hint: encoding });
    expect(new TextDecoder().decode(prepared.csv)).toContain('Hà Nội');
  });

  it('names the line and column of the first invalid UTF-8 byte', () => {
    const bytes = new Uint8Array([
      ...encode(`${HEADER}\n${ROW}\nPAR,2022,02,Hà `),
      0xff,
      ...encode(',province,L3,x,1,13,4\n'),
    ]);
    expect(prepare(bytes).errors).toEqual([{ code: 'encoding-error', line: 3, column: 'unit_name' }]);
  });

  it('normalises decomposed Vietnamese to NFC', () => {
    const prepared = prepare(encode(`${HEADER}\n${ROW.replace('Hà Nội', 'Ha\u0300 Nô\u0323i')}\n`));
    expect(new TextDecoder().decode(prepared.csv)).toContain('Hà Nội');
  });
});

describe('prepare(bytes): structural errors', () => {
  it('reports a row with a missing cell by line', () => {
    const prepared = prepare(encode(`${HEADER}\n${ROW}\nPAR,2022,01\n`));
    expect(prepared.errors).toEqual([{ code: 'missing-value', line: 3, hint: '3/10' }]);
  });

  it('reports an unclosed quote at the line where its record starts', () => {
    const prepared = prepare(encode(`${HEADER}\n${ROW.replace('Hà Nội', '"Hà Nội')}\n${ROW}\n`));
    expect(prepared.errors[0]).toMatchObject({ code: 'invalid-quotes', line: 2, column: 'unit_name' });
  });

  it('rejects a bidi override in a name', () => {
    const prepared = prepare(encode(`${HEADER}\n${ROW.replace('Hà Nội', 'Hà\u202eNội')}\n`));
    expect(prepared.errors).toEqual([
      { code: 'control-character', line: 2, column: 'unit_name', hint: 'U+202E' },
    ]);
  });

  it('lists every missing required column', () => {
    const prepared = prepare(encode('index,year,unit_code,unit_name\nPAR,2022,01,Hà Nội\n'));
    expect(prepared.errors.map((issue) => issue.column)).toEqual(['unit_level', 'component_code', 'score']);
  });
});

describe('prepare(bytes): numbers a typed reader may read as they are', () => {
  const withValues = (year: string, score: string, rank: string) =>
    `${HEADER}\n${ROW}\nPAR,${year},02,Hải Phòng,province,L3,Cải cách,${score},13,${rank}\n`;

  it('says so when every year, score and rank is bare digits (empty cells too)', () => {
    expect(prepare(encode(withValues('2022', '7', ''))).plainNumbers).toBe(true);
    expect(prepare(encode(withValues('2022', '.5', '12'))).plainNumbers).toBe(true);
  });

  it.each([
    ['an exponent', '2022', '1e1', '1'],
    ['a missing marker', '2022', 'N/A', '1'],
    ['a percent sign', '2022', '70%', '1'],
    ['two points', '2022', '1.2.3', '1'],
    ['a decimal rank', '2022', '7', '5.0'],
    ['a two-digit year', '22', '7', '1'],
    ['infinity', '2022', 'inf', '1'],
    ['an underscore', '2022', '1_0', '1'],
  ])('says not when a cell holds %s', (_what, year, score, rank) => {
    const prepared = prepare(encode(withValues(year, score, rank)));
    expect(prepared.plainNumbers).toBe(false);
  });
});

describe('prepare(bytes): whether the scan proves every key distinct', () => {
  const rows = (...lines: string[]) => encode(`${HEADER}\n${lines.join('\n')}\n`);
  const row = (unit: string, component: string, year = '2022') =>
    `PAR,${year},${unit},Đơn vị,province,${component},Tên,1,13,`;

  it('says so when no two records share index, year, unit and component', () => {
    expect(
      prepare(rows(row('01', 'L1'), row('01', 'L2'), row('02', 'L1'), row('01', 'L1', '2023'))).keysDistinct,
    ).toBe(true);
    // Cells are kept apart: unit "01" + component "1L" is not unit "011" + component "L".
    expect(prepare(rows(row('01', '1L'), row('011', 'L'))).keysDistinct).toBe(true);
  });

  it('says not when a key repeats, even with other values', () => {
    expect(prepare(rows(row('01', 'L1'), row('02', 'L1'), row('01', 'L1'))).keysDistinct).toBe(false);
  });

  it('says not when a key cell is quoted (its bytes may not be its value)', () => {
    expect(prepare(rows(row('01', 'L1'), row('"02"', 'L1'))).keysDistinct).toBe(false);
  });
});
