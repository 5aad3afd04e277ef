import type { CsvCell } from '@/lib/csv-export';

/** A cell as write-excel-file takes it (kept structural so this module stays free of the library). */
export type XlsxCell =
  | { readonly value: string; readonly fontWeight?: 'bold' }
  | { readonly value: number; readonly type: NumberConstructor; readonly format?: string }
  | null;
export interface XlsxSheet {
  readonly sheet: string;
  readonly data: XlsxCell[][];
  readonly columns: { width: number }[];
  readonly stickyRowsCount: number;
}

/**
 * fflate (inside write-excel-file) compresses a part of ≥ 160 kB in a Worker built from a blob: URL,
 * which the app's CSP (`worker-src 'self'`) refuses. Parts below that are compressed synchronously,
 * so a long list is split over several sheets, each well under the limit. The estimate is generous:
 * every cell is written as `<c r="AB1234" s="1" t="n"><v>…</v></c>` or a shared-string index.
 */
export const SHEET_BYTE_BUDGET = 120_000;
const CELL_OVERHEAD = 40;

function rowBytes(row: readonly CsvCell[]): number {
  return row.reduce<number>(
    (sum, cell) => sum + CELL_OVERHEAD + (typeof cell === 'number' ? String(cell).length : 8),
    30,
  );
}

function toCell(cell: CsvCell): XlsxCell {
  if (cell === null || cell === '') return null;
  return typeof cell === 'number' ? { value: cell, type: Number } : { value: cell };
}

/** Splits rows into sheets under the byte budget, each with the header row (bold, frozen). */
export function toXlsxSheets(
  name: string,
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  budget = SHEET_BYTE_BUDGET,
): XlsxSheet[] {
  const headerBytes = rowBytes(header);
  const chunks: (readonly CsvCell[])[][] = [[]];
  let used = headerBytes;
  for (const row of rows) {
    const bytes = rowBytes(row);
    const current = chunks[chunks.length - 1];
    if (current && (current.length === 0 || used + bytes <= budget)) {
      current.push(row);
      used += bytes;
    } else {
      chunks.push([row]);
      used = headerBytes + bytes;
    }
  }
  const columns = header.map((title) => ({ width: Math.min(40, Math.max(8, title.length + 2)) }));
  return chunks.map((chunk, at) => ({
    sheet: chunks.length === 1 ? name : `${name} ${at + 1}`,
    data: [
      header.map((title) => ({ value: title, fontWeight: 'bold' as const })),
      ...chunk.map((row) => row.map(toCell)),
    ],
    columns,
    stickyRowsCount: 1,
  }));
}
