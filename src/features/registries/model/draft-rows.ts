/** The table being edited: rows of cells in the registry's column order, until saved. */
export type DraftRows = readonly (readonly string[])[];

export function setCell(rows: DraftRows, row: number, column: number, value: string): DraftRows {
  return rows.map((cells, i) => (i === row ? cells.map((cell, j) => (j === column ? value : cell)) : cells));
}

export function addRow(rows: DraftRows, width: number, template: readonly string[] = []): DraftRows {
  return [...rows, Array.from({ length: width }, (_, j) => template[j] ?? '')];
}

export function removeRow(rows: DraftRows, row: number): DraftRows {
  return rows.filter((_, i) => i !== row);
}

export function sameRows(a: DraftRows, b: DraftRows): boolean {
  return a.length === b.length && a.every((cells, i) => cells.join('\u0000') === b[i]?.join('\u0000'));
}
