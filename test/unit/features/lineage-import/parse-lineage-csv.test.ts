import { describe, expect, it } from 'vitest';
import { parseLineageCsv } from '@/features/lineage-import/model/parse-lineage-csv';

const HEADER = 'old_unit_code,new_unit_code,effective_year';
const csv = (...lines: string[]) => [HEADER, ...lines].join('\n');
const codes = (text: string) => parseLineageCsv(text).problems.map((p) => [p.code, p.line]);

describe('parseLineageCsv(text)', () => {
  it('reads links with trimmed, NFC codes (BOM and CRLF tolerated)', () => {
    const decomposed = 'xa-phu\u0301c'; // "ú" typed as u + combining acute
    const parsed = parseLineageCsv(
      `\uFEFF${HEADER}\r\n  xa-a , ${decomposed},2025\r\nso-b,so-b,2025\r\n\r\n`,
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.links).toEqual([
      { oldCode: 'xa-a', newCode: 'xa-ph\u00fac', effectiveYear: 2025, oldName: null, newName: null },
      { oldCode: 'so-b', newCode: 'so-b', effectiveYear: 2025, oldName: null, newName: null },
    ]);
  });

  it.each([
    ['a wrong header', 'old,new,year\na,b,2025', [['header', 1]]],
    ['no data line', HEADER, [['empty', null]]],
    ['a missing column', csv('a,b'), [['columns', 2]]],
    ['an empty old code', csv(' ,b,2025'), [['old_empty', 2]]],
    ['an empty new code', csv('a,"",2025'), [['new_empty', 2]]],
    ['a two-digit year', csv('a,b,25'), [['year', 2]]],
    ['a year with letters', csv('a,b,2025a'), [['year', 2]]],
    ['a repeated line', csv('a,b,2025', 'c,b,2025', 'a,b,2025'), [['duplicate', 4]]],
    ['a unit sent to two successors in one year', csv('a,b,2025', 'a,c,2025'), [['split', 3]]],
  ])('refuses %s, naming the line', (_case, text, expected) => {
    const parsed = parseLineageCsv(text);
    expect(parsed.problems.map((p) => [p.code, p.line])).toEqual(expected);
    expect(parsed.links).toEqual([]);
  });

  it('accepts one unit moving on in different years', () => {
    expect(codes(csv('a,b,2020', 'b,c,2025'))).toEqual([]);
  });

  it('refuses a cycle and lists every line on it, whatever the years', () => {
    const parsed = parseLineageCsv(csv('a,b,2025', 'x,y,2025', 'b,c,2025', 'c,a,2026'));
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatchObject({ code: 'cycle', line: 2, values: { lines: '2, 4, 5' } });
    expect(String(parsed.problems[0]?.values?.path)).toMatch(/a → b → c → a|b → c → a → b|c → a → b → c/);
  });

  it('does not count a unit continuing under its own code as a cycle', () => {
    expect(codes(csv('a,a,2025', 'b,a,2025'))).toEqual([]);
  });

  it('reports every problem of a file at once', () => {
    expect(codes(csv('a,,2025', 'b,c,20x5', 'd,e'))).toEqual([
      ['new_empty', 2],
      ['year', 3],
      ['columns', 4],
    ]);
  });
});
