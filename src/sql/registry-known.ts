import type { RowQuery } from '@/db/rows';
import { rowQuery } from './query';
import { row, text } from './row-columns';

const ComponentCodeRow = row({ component_code: text });

/** PAR component codes the loaded data holds (a province's own criteria may add codes to the catalogue's). */
export function buildParComponentCodes(): RowQuery<{ readonly component_code: string }> {
  return rowQuery(
    ComponentCodeRow,
    `SELECT DISTINCT component_code FROM scores
     WHERE index_code = ? AND component_code <> ?
     ORDER BY component_code`,
    ['PAR', 'TOTAL'],
  );
}
