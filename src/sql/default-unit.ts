import type { RowQuery } from '@/db/rows';
import { rowQuery } from './query';
import { row, text } from './row-columns';

const DefaultUnitRow = row({ unit_code: text });

/** The province with data in the most indices (ties: most rows, then code): the default home unit. */
export function buildDefaultHomeUnit(): RowQuery<{ readonly unit_code: string }> {
  return rowQuery(
    DefaultUnitRow,
    `SELECT unit_code FROM scores
     WHERE unit_level = 'province' AND score IS NOT NULL
     GROUP BY unit_code
     ORDER BY count(DISTINCT index_code) DESC, count(*) DESC, unit_code
     LIMIT 1`,
  );
}
