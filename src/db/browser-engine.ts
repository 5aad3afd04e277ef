import * as duckdb from '@duckdb/duckdb-wasm';
import { type RecordBatch, Table, tableToIPC } from 'apache-arrow';
import type { SqlConnection, SqlEngine, SqlParam } from './engine';
import { ENGINE_START_TIMEOUT_MS, EngineStartError } from './engine-start-error';
import type { EngineWorker } from './engine-worker';
import { arrowToRows } from './rows';
import { LOCKDOWN_STATEMENTS, MEMORY_FOLDER } from './settings';

// Loaded by a dynamic import (boot-database.ts): DuckDB's API and Apache Arrow are not needed to draw
// the first screen from the build's answers, so they stay out of the initial JS.

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

const settle = (promise: Promise<unknown>): Promise<void> =>
  promise.then(
    () => undefined,
    () => undefined,
  );

/**
 * Sends tasks' messages to the worker in the order the tasks were asked for. A prepared query takes two
 * trips (prepare, then run), so without this a query asked later could slip in between and run first:
 * the first screen's queries are asked first so that its chart is drawn first. A task calls `sent()`
 * once its last message is on its way; the next one starts then, so the worker never waits idle.
 */
function inOrder() {
  let tail: Promise<void> = Promise.resolve();
  return <T>(task: (sent: () => void) => Promise<T>): Promise<T> => {
    let sent: () => void = () => undefined;
    const allSent = new Promise<void>((resolve) => {
      sent = resolve;
    });
    const result = tail.then(() => task(sent));
    tail = Promise.race([allSent, settle(result)]);
    return result;
  };
}

/**
 * Prepared statements reused per SQL text. Preparing and closing cost two worker round trips and a plan
 * on every call, while a screen asks the same few statements over and over with new values. DuckDB
 * rebinds a statement by itself when a table it reads was replaced (a re-import). Used only inside
 * `inOrder`, so runs reach the worker one after another. A statement is closed once evicted or failed;
 * the connection lives as long as the page, as do the statements kept.
 */
function statementCache(conn: duckdb.AsyncDuckDBConnection) {
  const cache = new Map<string, Promise<duckdb.AsyncPreparedStatement>>();
  const forget = (text: string) => {
    const prepared = cache.get(text);
    if (!prepared) return;
    cache.delete(text);
    void settle(prepared.then((statement) => statement.close()));
  };
  const take = (text: string): Promise<duckdb.AsyncPreparedStatement> => {
    const found = cache.get(text);
    // Map order is insertion order: re-inserting keeps the most recently used last.
    if (found) cache.delete(text);
    const prepared = found ?? conn.prepare(text);
    cache.set(text, prepared);
    for (const oldText of cache.keys()) {
      if (cache.size <= STATEMENT_CACHE_SIZE) break;
      forget(oldText);
    }
    return prepared;
  };
  const runOnce = async (text: string, params: readonly SqlParam[], sent: () => void) => {
    try {
      const running = (await take(text)).query(...params);
      sent();
      return arrowToRows(await running);
    } catch (error) {
      // A statement that failed (bad values, a table gone) is not trusted again: prepare anew next time.
      forget(text);
      throw error;
    }
  };
  return async (text: string, params: readonly SqlParam[], sent: () => void) => {
    const wasCached = cache.has(text);
    try {
      return await runOnce(text, params, sent);
    } catch (error) {
      // A kept statement may predate a table it reads being rebuilt: one fresh attempt tells the two apart.
      if (!wasCached) throw error;
      return runOnce(text, params, () => undefined);
    }
  };
}

type Queue = ReturnType<typeof inOrder>;

/**
 * Streams a result in parts of about `partRows` rows as Arrow IPC. On its own connection: the stream's
 * fetches may then interleave with the screens' queries, which would cut a stream on a shared one.
 */
async function streamParts(
  conn: duckdb.AsyncDuckDBConnection,
  query: { readonly text: string; readonly params: readonly SqlParam[] },
  partRows: number,
  onPart: (ipc: Uint8Array) => Promise<void>,
): Promise<number> {
  const statement = await conn.prepare(query.text);
  try {
    const reader = await statement.send(...query.params);
    let batches: RecordBatch[] = [];
    let inPart = 0;
    let total = 0;
    const flush = async () => {
      if (batches.length > 0) await onPart(tableToIPC(new Table(batches), 'stream'));
      batches = [];
      inPart = 0;
    };
    for await (const batch of reader) {
      batches.push(batch);
      inPart += batch.numRows;
      total += batch.numRows;
      if (inPart >= partRows) await flush();
    }
    await flush();
    return total;
  } finally {
    await statement.close();
  }
}

/** One connection with its own prepared statements, its messages sent in the engine's order. */
function connection(conn: duckdb.AsyncDuckDBConnection, queued: Queue): SqlConnection {
  const runPrepared = statementCache(conn);
  return {
    async query(text: string, params: readonly SqlParam[] = []) {
      return queued(async (sent) => {
        if (params.length > 0) return runPrepared(text, params, sent);
        const running = conn.query(text);
        sent();
        return arrowToRows(await running);
      });
    },
    async execute(statements: readonly string[]) {
      // One round trip to the worker for the lot: start-up sends a dozen DDL statements.
      if (statements.length === 0) return;
      await queued((sent) => {
        const running = conn.query(statements.join(';\n'));
        sent();
        return running;
      });
    },
  };
}

export interface EngineStartOptions {
  readonly timeoutMs?: number;
}

async function start({ worker, instantiated }: EngineWorker): Promise<SqlEngine> {
  // Instantiated by the worker's first request (engine-worker.ts); DuckDB's API listens from then on.
  await instantiated;
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  // Open and both connections in one trip: the worker runs its messages in the order they were posted,
  // and a trip waits for the page's main thread, which is busy drawing the first screen at this time.
  const [, readConn, writeConn] = await Promise.all([
    db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } }),
    db.connect(),
    db.connect(),
  ]);
  await readConn.query(LOCKDOWN_STATEMENTS.join(';\n'));
  // One queue for both connections: DuckDB's worker runs one message at a time anyway, and keeping the
  // order in which queries were asked keeps the first screen's queries first.
  const queued = inOrder();
  const reader = connection(readConn, queued);
  let exportConn: Promise<duckdb.AsyncDuckDBConnection> | null = null;

  return {
    ...reader,
    writer: connection(writeConn, queued),
    async registerFile(name: string, bytes: Uint8Array) {
      await db.registerFileBuffer(MEMORY_FOLDER + name, bytes);
    },
    async registerBlob(name: string, blob: Blob) {
      // DuckDB reads the file itself, in its worker, as the query needs it: no copy of 100 MB.
      await db.registerFileHandle(
        MEMORY_FOLDER + name,
        blob,
        duckdb.DuckDBDataProtocol.BROWSER_FILEREADER,
        true,
      );
    },
    async dropFile(name: string) {
      await db.dropFile(MEMORY_FOLDER + name);
    },
    async exportArrow(query, partRows, onPart) {
      exportConn ??= db.connect();
      const conn = await exportConn;
      return queued((sent) => {
        sent();
        return streamParts(conn, query, partRows, onPart);
      });
    },
    async appendArrow(table: string, ipc: Uint8Array, create: boolean) {
      await queued((sent) => {
        const appending = writeConn.insertArrowFromIPCStream(ipc, { name: table, create });
        sent();
        return appending;
      });
    },
  };
}

/** Starts DuckDB-WASM in its worker; fails with a clear error instead of waiting forever. */
export function startBrowserEngine(
  worker: EngineWorker,
  options: EngineStartOptions = {},
): Promise<SqlEngine> {
  return withTimeout(start(worker), options.timeoutMs ?? ENGINE_START_TIMEOUT_MS);
}
