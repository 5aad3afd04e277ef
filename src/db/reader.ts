import { type DerivedNeed, run, runAnalytics } from './database';
import type { SqlConnection } from './engine';

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
