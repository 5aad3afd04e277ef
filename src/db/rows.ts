import * as v from 'valibot';
import type { Row, SqlConnection, SqlParam } from './engine';

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

/**
 * The row a query declares (a valibot schema, built beside the query in sql/): from a plain row to its
 * typed shape. Valibot checks with plain functions, no `eval`, so it runs under the strict CSP.
 */
export type RowSchema<TRow> = v.GenericSchema<unknown, TRow>;

/** A read query that names its result row; db/ applies the schema once and hands on typed rows. */
export interface RowQuery<TRow> {
  readonly text: string;
  readonly params: readonly SqlParam[];
  readonly row: RowSchema<TRow>;
}

/** A result that breaks its query's declared row: a defect of the query, never of the user's data. */
export class RowContractError extends Error {
  override readonly name = 'RowContractError';
}

/** Checks every row against the query's schema; the first row that breaks it throws, naming the column. */
export function checkRows<TRow>(query: RowQuery<TRow>, rows: readonly Row[]): TRow[] {
  return rows.map((row, index) => {
    const result = v.safeParse(query.row, row);
    if (result.success) return result.output;
    const [issue] = result.issues;
    const column = issue.path?.map((item) => String(item.key)).join('.') ?? '(row)';
    const firstLine = query.text.trim().split('\n', 1)[0] ?? '';
    throw new RowContractError(`Row ${index + 1}, column ${column}: ${issue.message} (query: ${firstLine})`);
  });
}

/**
 * What a query function needs: somewhere to send SQL. In the browser the live DuckDB-WASM engine (or
 * the import's writer), at build time the Node engine over the same bundled files: one code path.
 */
export type SqlReader = Pick<SqlConnection, 'query'>;

/** Runs a read query on `reader` and checks its rows against the query's declared row. */
export async function readRows<TRow>(reader: SqlReader, query: RowQuery<TRow>): Promise<TRow[]> {
  return checkRows(query, await reader.query(query.text, query.params));
}
