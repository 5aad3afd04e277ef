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

async function start(): Promise<SqlEngine> {
  const bundle = await duckdb.selectBundle(BUNDLES);
  if (!bundle.mainWorker) throw new EngineStartError('no worker');
  const worker = new Worker(bundle.mainWorker);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(bundle.mainModule);
  await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  const conn = await db.connect();
  for (const statement of LOCKDOWN_STATEMENTS) await conn.query(statement);

  return {
    async query(text: string, params: readonly SqlParam[] = []) {
      if (params.length === 0) return arrowToRows(await conn.query(text));
      const statement = await conn.prepare(text);
      try {
        return arrowToRows(await statement.query(...params));
      } finally {
        await statement.close();
      }
    },
    async execute(statements: readonly string[]) {
      for (const statement of statements) await conn.query(statement);
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
