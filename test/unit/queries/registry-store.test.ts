import { describe, expect, it } from 'vitest';
import { mergeBlockRows } from '@/domain/registries/merge-block-map';
import { parseStoredRegistry } from '@/queries/registries/registry-store';

describe('the stored registries', () => {
  it('reads back what was saved, and drops a damaged value whole', () => {
    const rows = [{ year: 2024, component: 'L1', unitCode: 'so-noi-vu' }];
    expect(parseStoredRegistry('advising', JSON.stringify({ source: 'a.csv', rows }))).toEqual({
      source: 'a.csv',
      rows,
    });
    expect(parseStoredRegistry('advising', JSON.stringify({ rows: [...rows, { year: '2024' }] }))).toBeNull();
    expect(
      parseStoredRegistry('blocks', JSON.stringify({ rows: [{ target: 'khoi', code: 'x', block: 'y' }] })),
    ).toBeNull();
    expect(parseStoredRegistry('blocks', '{not json')).toBeNull();
    expect(parseStoredRegistry('blocks', null)).toBeNull();
  });

  it('a mapping saved from the awards screen replaces the rows it names and keeps the others', () => {
    const current = [
      { target: 'unit' as const, code: 'xa-a', block: 'cap-xa' },
      { target: 'level' as const, code: 'commune', block: 'cap-xa' },
    ];
    expect(mergeBlockRows(current, [{ target: 'unit', code: 'xa-a', block: 'so-nganh' }])).toEqual([
      { target: 'level', code: 'commune', block: 'cap-xa' },
      { target: 'unit', code: 'xa-a', block: 'so-nganh' },
    ]);
  });
});
