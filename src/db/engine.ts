/** A value that can be bound to a prepared-statement parameter. */
export type SqlParam = string | number | boolean | null;

/** A plain result row: Arrow and BigInt never leave `db/`. Missing values are `null`, never 0. */
export type Row = Readonly<Record<string, string | number | boolean | null>>;

/** One DuckDB connection. DuckDB isolates transactions per connection. */
export interface SqlConnection {
  query(text: string, params?: readonly SqlParam[]): Promise<Row[]>;
  /** Runs statements that take no parameters (DDL, settings), one after another. */
  execute(statements: readonly string[]): Promise<void>;
}

/**
 * The one door to DuckDB. Browser (worker) and Node (tests, bench) engines implement it alike.
 * `query`/`execute` run on the read connection, which only ever sees committed data; every write
 * (imports, removals, lineage, derived-table rebuilds) goes through `writer`, its own connection, so
 * an open or aborted write transaction never reaches a screen's read.
 */
export interface SqlEngine extends SqlConnection {
  readonly writer: SqlConnection;
  /** Makes bytes readable by `read_csv` under `mem/<name>`. */
  registerFile(name: string, bytes: Uint8Array): Promise<void>;
  /** Makes a Blob (a picked File) readable under `mem/<name>` without copying it onto the page. */
  registerBlob(name: string, blob: Blob): Promise<void>;
  dropFile(name: string): Promise<void>;
  /**
   * Runs a read query and hands its result on as Arrow IPC streams, one per part of about `partRows`
   * rows, so a million rows never sit on the page at once. Resolves to the number of rows.
   */
  exportArrow(
    query: { readonly text: string; readonly params: readonly SqlParam[] },
    partRows: number,
    onPart: (ipc: Uint8Array) => Promise<void>,
  ): Promise<number>;
  /**
   * Appends an Arrow IPC stream to `table` on the write connection (inside its open transaction, if
   * any), creating the table from the stream's schema when `create`.
   */
  appendArrow(table: string, ipc: Uint8Array, create: boolean): Promise<void>;
}
