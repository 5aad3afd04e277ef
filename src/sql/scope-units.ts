import * as v from 'valibot';
import type { RowQuery } from '@/db/rows';
import { BOUND_LIST, bindList, rowQuery } from './query';
import { count, row, text } from './row-columns';

/** Row of `buildScopeUnits`: `indices` comma-joined. */
export const ScopeUnitRow = row({
  unit_code: text,
  unit_name: text,
  unit_level: text,
  kind: v.picklist(['imported', 'sample']),
  indices: text,
  last_year: count,
});
export type ScopeUnitRow = v.InferOutput<typeof ScopeUnitRow>;

/**
 * A province's own units (levels in `internalLevels`) from the user's imports and from the bundled
 * sample, each once per kind: what the screens default to once the user has data of their own.
 */
export function buildScopeUnits(internalLevels: readonly string[]): RowQuery<ScopeUnitRow> {
  return rowQuery(
    ScopeUnitRow,
    `SELECT s.unit_code, arg_max(s.unit_name, s.year) AS unit_name, arg_max(s.unit_level, s.year) AS unit_level,
            d.kind, string_agg(DISTINCT s.index_code, ',' ORDER BY s.index_code) AS indices,
            max(s.year) AS last_year
     FROM scores s JOIN datasets d USING (dataset_id)
     WHERE d.kind IN (?, ?) AND list_contains(${BOUND_LIST}, s.unit_level)
     GROUP BY s.unit_code, d.kind
     ORDER BY d.kind, s.unit_code`,
    ['imported', 'sample', bindList(internalLevels)],
  );
}
