import { createRequire } from 'node:module';
import path from 'node:path';
import type { SqlConnection, SqlEngine, SqlParam } from '@/db/engine';
import { arrowToRows } from '@/db/rows';
import { LOCKDOWN_STATEMENTS, MEMORY_FOLDER } from '@/db/settings';

const require = createRequire(import.meta.url);
// The Node bindings return tables of the CommonJS build of Arrow: write them with that same build.
const arrow = require('apache-arrow') as typeof import('apache-arrow');

type ArrowTable = Parameters<typeof arrowToRows>[0];
interface BlockingStatement {
  query(...params: SqlParam[]): ArrowTable;
  close(): void;
}
interface BlockingConnection {
  query(text: string): ArrowTable;
  prepare(text: string): BlockingStatement;
  insertArrowFromIPCStream(buffer: Uint8Array, options: { name: string; create: boolean }): void;
}
interface BlockingDb {
  instantiate(): Promise<unknown>;
  open(config: object): void;
  connect(): BlockingConnection;
  registerFileBuffer(name: string, buffer: Uint8Array): void;
  dropFile(name: string): void;
}
interface BlockingModule {
  createDuckDB(bundles: object, logger: object, runtime: object): Promise<BlockingDb>;
  VoidLogger: new () => object;
  NODE_RUNTIME: object;
}

function connection(conn: BlockingConnection): SqlConnection {
  return {
    async query(text: string, params: readonly SqlParam[] = []) {
      if (params.length === 0) return arrowToRows(conn.query(text));
      const statement = conn.prepare(text);
      try {
        return arrowToRows(statement.query(...params));
      } finally {
        statement.close();
      }
    },
    async execute(statements: readonly string[]) {
      if (statements.length > 0) conn.query(statements.join(';\n'));
    },
  };
}

/**
 * The same DuckDB wasm engine as in the browser, run in-process by Node: the unit tests and the build
 * (which answers the first screen ahead of time) use it. Never imported by the browser bundle.
 */
export async function startNodeEngine(): Promise<SqlEngine> {
  const entry = require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');
  const duckdb = require(entry) as BlockingModule;
  const dist = path.dirname(entry);
  const bundles = {
    mvp: {
      mainModule: path.join(dist, 'duckdb-mvp.wasm'),
      mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs'),
    },
    eh: {
      mainModule: path.join(dist, 'duckdb-eh.wasm'),
      mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs'),
    },
  };
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate();
  db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  const reader = db.connect();
  for (const statement of LOCKDOWN_STATEMENTS) reader.query(statement);
  const writer = db.connect();
  return {
    ...connection(reader),
    writer: connection(writer),
    async exportArrow(query, partRows, onPart) {
      const statement = reader.prepare(query.text);
      // The Node bindings hand back a whole table: it is cut into parts here, as the browser streams them.
      const table = statement.query(...query.params) as unknown as import('apache-arrow').Table;
      statement.close();
      for (let start = 0; start < table.numRows; start += partRows) {
        await onPart(arrow.tableToIPC(table.slice(start, start + partRows), 'stream'));
      }
      return table.numRows;
    },
    async appendArrow(table: string, ipc: Uint8Array, create: boolean) {
      writer.insertArrowFromIPCStream(ipc, { name: table, create });
    },
    async registerBlob(name: string, blob: Blob) {
      db.registerFileBuffer(MEMORY_FOLDER + name, new Uint8Array(await blob.arrayBuffer()));
    },
    async registerFile(name: string, bytes: Uint8Array) {
      db.registerFileBuffer(MEMORY_FOLDER + name, bytes);
    },
    async dropFile(name: string) {
      db.dropFile(MEMORY_FOLDER + name);
    },
  };
}
