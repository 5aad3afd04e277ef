import Papa from 'papaparse';
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
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const [header = [], ...body] = parsed.data;
  const names = header.map((cell) => cell.trim().toLowerCase());
  const columns = REGISTRY_COLUMNS[kind];
  const missing: RegistryProblem[] = columns
    .filter((column) => !names.includes(column))
    .map((column) => ({ row: 1, column, code: 'missing-column', value: '' }));
  if (missing.length > 0) return { ok: false, problems: missing };
  const positions = columns.map((column) => names.indexOf(column));
  const rows = body
    .map((cells, i) => ({
      // A spreadsheet's "'=x" guard (see src/lib/csv-export.ts) is undone on the way back in.
      cells: positions.map((at) => (cells[at] ?? '').replace(/^'(?=[=+\-@])/, '')),
      row: i + 2,
      blank: cells.every((cell) => cell.trim() === ''),
    }))
    .filter((row) => !row.blank);
  return validateRegistry(kind, rows, known);
}
