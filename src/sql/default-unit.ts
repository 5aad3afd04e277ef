import { type Query, query } from './query';

/** The province with data in the most indices (ties: most rows, then code): the default home unit. */
export function buildDefaultHomeUnit(): Query {
  return query(
    `SELECT unit_code FROM scores
     WHERE unit_level = 'province' AND score IS NOT NULL
     GROUP BY unit_code
     ORDER BY count(DISTINCT index_code) DESC, count(*) DESC, unit_code
     LIMIT 1`,
  );
}
