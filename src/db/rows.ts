import type { Row } from './engine';

interface ArrowRowLike {
  toJSON(): Record<string, unknown>;
}
interface ArrowTableLike {
  toArray(): ArrowRowLike[];
}

function toPlain(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isNaN(value) ? null : value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/** Converts an Arrow result to plain objects; nothing outside db/ sees Arrow or BigInt. */
export function arrowToRows(table: ArrowTableLike): Row[] {
  return table.toArray().map((arrowRow) => {
    const out: Record<string, string | number | boolean | null> = Object.create(null);
    for (const [key, value] of Object.entries(arrowRow.toJSON())) out[key] = toPlain(value);
    return out;
  });
}
