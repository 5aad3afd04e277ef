import type { SqlParam } from '@/db/engine';
import type { RowQuery, RowSchema } from '@/db/rows';

/** A query as pure data: the text holds only `?` placeholders, every value travels in `params`. */
export interface Query {
  readonly text: string;
  readonly params: readonly SqlParam[];
}

export function query(text: string, params: readonly SqlParam[] = []): Query {
  const placeholders = text.split('?').length - 1;
  if (placeholders !== params.length) {
    throw new Error(`Query has ${placeholders} placeholders but ${params.length} params`);
  }
  return { text, params };
}

/**
 * A read query with its result row declared once, as a valibot schema (columns under their SQL names);
 * db/ checks every row against it, so no reader downstream restates or narrows the row.
 */
export function rowQuery<TRow>(
  row: RowSchema<TRow>,
  text: string,
  params: readonly SqlParam[] = [],
): RowQuery<TRow> {
  return { ...query(text, params), row };
}

/** Separator for lists bound as one string parameter and split in SQL (no array binding in DuckDB-WASM). */
export const LIST_SEPARATOR = '\u001f';

export function bindList(values: readonly string[]): string {
  return values.join(LIST_SEPARATOR);
}

/** SQL that turns a bound `bindList` parameter back into a list. */
export const BOUND_LIST = `string_split(?, chr(31))`;

/** A typed column of bound rows: the name it is read by, the SQL type every value is cast to. */
export type TypedColumn = readonly [name: string, type: 'INTEGER' | 'VARCHAR' | 'DOUBLE'];

/**
 * `count` rows of typed placeholders as a relation with the columns' names, or an empty relation of the
 * same typed columns when there are none (DuckDB has no empty VALUES). Names and types come from fixed
 * lists in the builders; the values travel as parameters.
 */
export function typedValues(columns: readonly TypedColumn[], count: number): string {
  if (count === 0)
    return `SELECT ${columns.map(([name, type]) => `CAST(NULL AS ${type}) AS ${name}`).join(', ')} WHERE false`;
  const row = `(${columns.map(([, type]) => `CAST(? AS ${type})`).join(', ')})`;
  const names = columns.map(([name]) => name).join(', ');
  return `SELECT * FROM (VALUES ${Array.from({ length: count }, () => row).join(', ')}) AS t(${names})`;
}
