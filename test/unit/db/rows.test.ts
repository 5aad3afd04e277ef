import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { checkRows, RowContractError } from '@/db/rows';
import { rowQuery } from '@/sql/query';
import { optionalNumber, row, text } from '@/sql/row-columns';

const declared = rowQuery(
  row({ unit_code: text, score: optionalNumber }),
  'SELECT unit_code, score FROM scores',
);

describe('checkRows(query, rows)', () => {
  it('hands on the declared columns only, typed, nulls kept as null', () => {
    expect(checkRows(declared, [{ unit_code: 'ha-tinh', score: null, extra: 1 }])).toEqual([
      { unit_code: 'ha-tinh', score: null },
    ]);
  });

  it('throws naming the row and the column when a result breaks the declared row', () => {
    expect(() =>
      checkRows(declared, [
        { unit_code: 'a', score: 1 },
        { unit_code: 'b', score: '1' },
      ]),
    ).toThrow(RowContractError);
    expect(() =>
      checkRows(declared, [
        { unit_code: 'a', score: 1 },
        { unit_code: 'b', score: '1' },
      ]),
    ).toThrow(/Row 2, column score/);
    expect(() => checkRows(declared, [{ score: 1 }])).toThrow(/column unit_code/);
  });

  it('checks a picklist column against its fixed values', () => {
    const kinds = rowQuery(row({ kind: v.picklist(['imported', 'sample']) }), 'SELECT kind FROM datasets');
    expect(checkRows(kinds, [{ kind: 'sample' }])).toEqual([{ kind: 'sample' }]);
    expect(() => checkRows(kinds, [{ kind: 'published' }])).toThrow(/column kind/);
  });
});
