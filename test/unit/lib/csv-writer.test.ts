import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseRegistryCsv } from '@/domain/registries/registry-csv';
import { toCsv } from '@/lib/csv-writer';

const body = (csv: string) => csv.slice(1).split('\r\n').slice(1, -1);

describe('toCsv(header, rows): the one CSV writer', () => {
  it('writes a BOM, CRLF line ends and a final line end, for Excel', () => {
    const csv = toCsv(['a', 'b'], [['x', 1]]);
    expect(csv).toBe('\uFEFFa,b\r\nx,1\r\n');
    expect(toCsv(['a'], [])).toBe('\uFEFFa\r\n');
  });

  it.each([
    ['=1+1', `"'=1+1"`],
    ['+84', `"'+84"`],
    ['-3', `"'-3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tx', `"'\tx"`],
    ['\rx', `"'\rx"`],
    // Papa's own escapeFormulae pattern ends in `.*$` and lets this one through.
    ['=1\n+2', `"'=1\n+2"`],
    ['Sở Y tế', 'Sở Y tế'],
    ['a, "b"', '"a, ""b"""'],
  ])('neutralises and quotes the text %j', (input, output) => {
    expect(body(toCsv(['c'], [[input]]))).toEqual([output]);
  });

  it('leaves numbers and empty cells alone', () => {
    expect(body(toCsv(['n', 'm', 'e'], [[-0.31, 3, null]]))).toEqual(['-0.31,3,']);
  });

  it('reads back as written once the guard is undone, by the same reader the registries use', () => {
    const csv = toCsv(['year', 'component_code', 'unit_code'], [['2025', 'L4', 'so-a']]);
    expect(Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data).toEqual([
      ['year', 'component_code', 'unit_code'],
      ['2025', 'L4', 'so-a'],
    ]);
    const known = { units: new Set(['so-a']), components: new Set(['L4']), levels: new Set<string>() };
    expect(parseRegistryCsv('advising', csv, known)).toEqual({
      ok: true,
      rows: [{ year: 2025, component: 'L4', unitCode: 'so-a' }],
    });
  });

  it('writes a file for the importer as stored: no BOM, LF, no formula guard', () => {
    expect(toCsv(['a', 'b'], [['-x', ' padded ']], { forSpreadsheet: false })).toBe('a,b\n-x," padded "\n');
  });
});
