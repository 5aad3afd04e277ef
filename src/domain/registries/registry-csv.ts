import { readSmallCsv } from '@/domain/small-csv';
import { REGISTRY_COLUMNS, type RegistryKind } from './registry-types';
import {
  type RegistryKnown,
  type RegistryProblem,
  type RegistryResult,
  validateRegistry,
} from './validate-registry';

/**
 * A registry CSV as the download writes it (BOM, CRLF, any column order, `;` or `,`). Rows are
 * numbered as a spreadsheet shows them: the header is row 1. Blank lines are skipped, not rows.
 */
export function parseRegistryCsv<K extends RegistryKind>(
  kind: K,
  text: string,
  known: RegistryKnown,
): RegistryResult<K> {
  const { header, records } = readSmallCsv(text);
  const names = header.map((cell) => cell.trim().toLowerCase());
  const columns = REGISTRY_COLUMNS[kind];
  const missing: RegistryProblem[] = columns
    .filter((column) => !names.includes(column))
    .map((column) => ({ row: 1, column, code: 'missing-column', value: '' }));
  if (missing.length > 0) return { ok: false, problems: missing };
  const positions = columns.map((column) => names.indexOf(column));
  const rows = records.map(({ cells, row }) => ({
    // The download's formula guard (a leading "'", see src/lib/csv-writer.ts) is undone on the way back in.
    cells: positions.map((at) => (cells[at] ?? '').replace(/^'(?=[=+\-@\t\r])/, '')),
    row,
  }));
  return validateRegistry(kind, rows, known);
}
