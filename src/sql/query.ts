import type { SqlParam } from '@/db/engine';

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

/** Separator for lists bound as one string parameter and split in SQL (no array binding in DuckDB-WASM). */
export const LIST_SEPARATOR = '\u001f';

export function bindList(values: readonly string[]): string {
  return values.join(LIST_SEPARATOR);
}

/** SQL that turns a bound `bindList` parameter back into a list. */
export const BOUND_LIST = `string_split(?, chr(31))`;
