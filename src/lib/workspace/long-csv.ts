import type { Row } from '@/db/engine';
import { type CsvCell, toCsv } from '@/lib/csv-writer';
import { LONG_COLUMNS } from '@/sql/schema';

/** The documented long layout, with `block` at the end, as the importer reads it. */
export const WORKSPACE_CSV_COLUMNS = [...LONG_COLUMNS, 'block'] as const;

function cell(value: Row[string] | undefined): CsvCell {
  if (value === null || value === undefined) return null;
  return typeof value === 'number' ? value : String(value);
}

/**
 * Rows whose fields are named as WORKSPACE_CSV_COLUMNS, as one UTF-8 CSV text for the importer, not a
 * sheet for a person: values as stored, no BOM.
 */
export function longCsv(rows: readonly Row[]): string {
  return toCsv(
    WORKSPACE_CSV_COLUMNS,
    rows.map((row) => WORKSPACE_CSV_COLUMNS.map((column) => cell(row[column]))),
    { forSpreadsheet: false },
  );
}
