import type { Row } from './engine';

interface ArrowVectorLike {
  get(index: number): unknown;
}
interface ArrowTableLike {
  readonly numRows: number;
  readonly schema: { readonly fields: readonly { readonly name: string }[] };
  getChildAt(index: number): ArrowVectorLike | null;
}

function toPlain(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isNaN(value) ? null : value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/**
 * Converts an Arrow result to plain objects; nothing outside db/ sees Arrow or BigInt. Column by
 * column: Arrow's row proxies (`toArray()` + `toJSON()`) cost several times more on wide results.
 */
export function arrowToRows(table: ArrowTableLike): Row[] {
  const columns = table.schema.fields.map((field, position) => ({
    name: field.name,
    vector: table.getChildAt(position),
  }));
  const rows: Record<string, string | number | boolean | null>[] = [];
  for (let index = 0; index < table.numRows; index += 1) {
    const row: Record<string, string | number | boolean | null> = Object.create(null);
    for (const column of columns) row[column.name] = column.vector ? toPlain(column.vector.get(index)) : null;
    rows.push(row);
  }
  return rows;
}
