import { describe, expect, it } from 'vitest';
import { parseRegistryCsv } from '@/domain/registries/registry-csv';
import { numberedRows, type RegistryKnown, validateRegistry } from '@/domain/registries/validate-registry';

const KNOWN: RegistryKnown = {
  units: new Set(['so-noi-vu', 'so-tu-phap', 'xa-a']),
  components: new Set(['L1', 'L2', 'L3']),
  levels: new Set(['department', 'commune']),
};

describe('validateRegistry(kind, rows, known)', () => {
  it('keeps a clean advising table, component codes upper-cased', () => {
    const result = validateRegistry(
      'advising',
      numberedRows([
        ['2024', 'l1', 'so-noi-vu'],
        [' 2024 ', 'L2', 'so-tu-phap'],
      ]),
      KNOWN,
    );
    expect(result).toEqual({
      ok: true,
      rows: [
        { year: 2024, component: 'L1', unitCode: 'so-noi-vu' },
        { year: 2024, component: 'L2', unitCode: 'so-tu-phap' },
      ],
    });
  });

  it('names row and column of a bad year, an unknown component and an unknown unit, all at once', () => {
    const result = validateRegistry(
      'advising',
      numberedRows([
        ['2.024', 'L1', 'so-noi-vu'],
        ['2024', 'L9', 'so-noi-vu'],
        ['2024', 'L1', 'so-khong-co'],
        ['', 'L1', 'so-noi-vu'],
      ]),
      KNOWN,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      { row: 1, column: 'year', code: 'bad-year', value: '2.024' },
      { row: 2, column: 'component_code', code: 'unknown-component', value: 'L9' },
      { row: 3, column: 'unit_code', code: 'unknown-unit', value: 'so-khong-co' },
      { row: 4, column: 'year', code: 'empty', value: '' },
    ]);
  });

  it('rejects a year out of range and a repeated row', () => {
    const result = validateRegistry(
      'advising',
      numberedRows([
        ['1899', 'L1', 'so-noi-vu'],
        ['2024', 'L1', 'so-noi-vu'],
        ['2024', 'L1', 'so-noi-vu'],
      ]),
      KNOWN,
    );
    expect(result.ok ? [] : result.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [1, 'year', 'bad-year'],
      [3, 'unit_code', 'duplicate'],
    ]);
  });

  it('checks block rows: a unit against the units, a level against the levels, the target word', () => {
    const result = validateRegistry(
      'blocks',
      numberedRows([
        ['unit', 'xa-a', 'cap-xa'],
        ['level', 'department', 'so-nganh'],
        ['level', 'xa-a', 'cap-xa'],
        ['unit', 'xa-z', 'cap-xa'],
        ['khoi', 'xa-a', 'cap-xa'],
        ['unit', 'so-noi-vu', 'khối sở'],
        ['unit', 'xa-a', 'so-nganh'],
      ]),
      KNOWN,
    );
    expect(result.ok ? [] : result.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [3, 'code', 'unknown-level'],
      [4, 'code', 'unknown-unit'],
      [5, 'target', 'bad-target'],
      [6, 'block', 'bad-code'],
      [7, 'code', 'duplicate'],
    ]);
  });
});

describe('parseRegistryCsv(kind, text, known)', () => {
  it('reads the downloaded form: BOM, CRLF, any column order, a blank line', () => {
    const text = '\uFEFFunit_code,year,component_code\r\nso-noi-vu,2024,L1\r\n\r\nso-tu-phap,2023,L2\r\n';
    expect(parseRegistryCsv('advising', text, KNOWN)).toEqual({
      ok: true,
      rows: [
        { year: 2024, component: 'L1', unitCode: 'so-noi-vu' },
        { year: 2023, component: 'L2', unitCode: 'so-tu-phap' },
      ],
    });
  });

  it('numbers rows as a spreadsheet does (header = 1) and names a missing column', () => {
    const bad = parseRegistryCsv(
      'advising',
      'year,component_code,unit_code\n2024,L1,so-noi-vu\n24,L1,x\n',
      KNOWN,
    );
    expect(bad.ok ? [] : bad.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [3, 'year', 'bad-year'],
      [3, 'unit_code', 'unknown-unit'],
    ]);
    const noColumn = parseRegistryCsv('blocks', 'target,unit_code,block\nunit,xa-a,cap-xa\n', KNOWN);
    expect(noColumn.ok ? [] : noColumn.problems).toEqual([
      { row: 1, column: 'code', code: 'missing-column', value: '' },
    ]);
  });
});
