import type { Row } from '@/db/engine';
import { LONG_COLUMNS } from '@/sql/schema';

/** The documented long layout, with `block` at the end, as the importer reads it. */
export const WORKSPACE_CSV_COLUMNS = [...LONG_COLUMNS, 'block'] as const;

/** Values are written as stored (no spreadsheet-formula guard): the file is data for the importer. */
function cell(value: Row[string] | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows whose fields are named as WORKSPACE_CSV_COLUMNS, as one UTF-8 CSV text. */
export function longCsv(rows: readonly Row[]): string {
  const lines = [WORKSPACE_CSV_COLUMNS.join(',')];
  for (const row of rows) lines.push(WORKSPACE_CSV_COLUMNS.map((column) => cell(row[column])).join(','));
  return `${lines.join('\n')}\n`;
}
