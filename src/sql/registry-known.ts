import { type Query, query } from './query';

/** PAR component codes the loaded data holds (a province's own criteria may add codes to the catalogue's). */
export function buildParComponentCodes(): Query {
  return query(
    `SELECT DISTINCT component_code FROM scores
     WHERE index_code = ? AND component_code <> ?
     ORDER BY component_code`,
    ['PAR', 'TOTAL'],
  );
}
