import * as duckdb from '@duckdb/duckdb-wasm';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import type { SqlEngine, SqlParam } from './engine';
import { arrowToRows } from './rows';
import { LOCKDOWN_STATEMENTS, MEMORY_FOLDER } from './settings';

// Self-hosted bundles: Vite copies the wasm and worker files next to the app, no CDN is ever asked.
const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

export const ENGINE_START_TIMEOUT_MS = 30_000;

export class EngineStartError extends Error {
  override name = 'EngineStartError';
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new EngineStartError('timeout')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? new EngineStartError(error.message) : new EngineStartError('failed'));
      },
    );
  });
}

/** Statements kept prepared; the least recently used beyond this are closed. */
export const STATEMENT_CACHE_SIZE = 32;

interface CachedStatement {
  readonly prepared: Promise<duckdb.AsyncPreparedStatement>;
  /** The last run queued on this statement: runs of one statement go one after another. */
  tail: Promise<void>;
}

const settle = (promise: Promise<unknown>): Promise<void> =>
  promise.then(
    () => undefined,
    () => undefined,
  );

/**
 * Prepared statements reused per SQL text. Preparing and closing cost two worker round trips and a plan
 * on every call, while a screen asks the same few statements over and over with new values. DuckDB
 * rebinds a statement by itself when a table it reads was replaced (a re-import). Runs of one statement
 * are queued so two callers never bind values on it at once; a statement is closed once evicted or
 * failed, after its queued runs. The connection lives as long as the page, as do the ones kept.
 */
function statementCache(conn: duckdb.AsyncDuckDBConnection) {
  const cache = new Map<string, CachedStatement>();
  const close = (entry: CachedStatement) => {
    void settle(entry.tail.then(() => entry.prepared).then((statement) => statement.close()));
  };
  const forget = (text: string, entry: CachedStatement) => {
    if (cache.get(text) !== entry) return;
    cache.delete(text);
    close(entry);
  };
  const take = (text: string): CachedStatement => {
    const found = cache.get(text);
    // Map order is insertion order: re-inserting keeps the most recently used last.
    if (found) cache.delete(text);
    const entry = found ?? { prepared: conn.prepare(text), tail: Promise.resolve() };
    cache.set(text, entry);
    for (const [oldText, old] of cache) {
      if (cache.size <= STATEMENT_CACHE_SIZE) break;
      forget(oldText, old);
    }
    return entry;
  };
  const runOnce = async (text: string, params: readonly SqlParam[]) => {
    const entry = take(text);
    const run = entry.tail.then(async () => arrowToRows(await (await entry.prepared).query(...params)));
    entry.tail = settle(run);
    try {
      return await run;
    } catch (error) {
      // A statement that failed (bad values, a table gone) is not trusted again: prepare anew next time.
      forget(text, entry);
      throw error;
    }
  };
  return async (text: string, params: readonly SqlParam[]) => {
    const wasCached = cache.has(text);
    try {
      return await runOnce(text, params);
    } catch (error) {
      // A kept statement may predate a table it reads being rebuilt: one fresh attempt tells the two apart.
      if (!wasCached) throw error;
      return runOnce(text, params);
    }
  };
}

async function start(): Promise<SqlEngine> {
  const bundle = await duckdb.selectBundle(BUNDLES);
  if (!bundle.mainWorker) throw new EngineStartError('no worker');
  const worker = new Worker(bundle.mainWorker);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(bundle.mainModule);
  await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  const conn = await db.connect();
  await conn.query(LOCKDOWN_STATEMENTS.join(';\n'));
  const runPrepared = statementCache(conn);

  return {
    async query(text: string, params: readonly SqlParam[] = []) {
      if (params.length === 0) return arrowToRows(await conn.query(text));
      return runPrepared(text, params);
    },
    async execute(statements: readonly string[]) {
      // One round trip to the worker for the lot: start-up sends a dozen DDL statements.
      if (statements.length > 0) await conn.query(statements.join(';\n'));
    },
    async registerFile(name: string, bytes: Uint8Array) {
      await db.registerFileBuffer(MEMORY_FOLDER + name, bytes);
    },
    async dropFile(name: string) {
      await db.dropFile(MEMORY_FOLDER + name);
    },
  };
}

/** Starts DuckDB-WASM in its worker; fails with a clear error instead of waiting forever. */
export function startBrowserEngine(timeoutMs = ENGINE_START_TIMEOUT_MS): Promise<SqlEngine> {
  return withTimeout(start(), timeoutMs);
}
