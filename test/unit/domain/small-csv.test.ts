import { describe, expect, it } from 'vitest';
import { parseAdvisingCsv } from '@/domain/awards/advising-registry';
import { parseCrosswalk } from '@/domain/crosswalk-csv';
import { readSmallCsv } from '@/domain/small-csv';

describe('readSmallCsv(text)', () => {
  it('drops the BOM, reads quotes and CRLF, skips blank lines but keeps the rows after them numbered', () => {
    const csv = readSmallCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n\r\nz,w\r\n');
    expect(csv.header).toEqual(['a', 'b']);
    expect(csv.records).toEqual([
      { row: 2, cells: ['x, y', 'say "hi"'] },
      { row: 4, cells: ['z', 'w'] },
    ]);
  });

  it('reads a `;` file as a spreadsheet set to a `;` list separator saves it', () => {
    expect(readSmallCsv('a;b\n1;2\n').records).toEqual([{ row: 2, cells: ['1', '2'] }]);
  });
});

describe('the small files read through it', () => {
  it('a crosswalk name may be quoted', () => {
    expect(parseCrosswalk('old_province,new_province\n"Hà Giang","Tuyên Quang"\n')).toEqual([
      { oldName: 'Hà Giang', newName: 'Tuyên Quang' },
    ]);
  });

  it('an advising row that is not year,component,unit is named by its row', () => {
    expect(parseAdvisingCsv('year,component_code,unit_code\n2025,L4,so-a\n\n25,L4,so-b\n')).toEqual({
      entries: [{ year: 2025, component: 'L4', unitCode: 'so-a' }],
      badLines: [4],
    });
  });
});
