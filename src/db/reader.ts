import { type DerivedNeed, run, runAnalytics } from './database';
import type { SqlConnection } from './engine';
import { checkRows, type RowQuery } from './rows';

/**
 * What a query function needs: somewhere to send SQL. In the browser the live DuckDB-WASM engine, at
 * build time the Node engine over the same bundled files, so both answer through the same code.
 */
export type SqlReader = Pick<SqlConnection, 'query'>;

/** The browser's reader: plain reads, or reads that wait for the derived pass they need. */
export function liveReader(need: DerivedNeed | 'plain' = 'plain'): SqlReader {
  return {
    query: (text, params = []) =>
      need === 'plain' ? run({ text, params }) : runAnalytics({ text, params }, need),
  };
}

/** Runs a read query on `reader` and checks its rows against the query's declared row. */
export async function readRows<TRow>(reader: SqlReader, query: RowQuery<TRow>): Promise<TRow[]> {
  return checkRows(query, await reader.query(query.text, query.params));
}
