/** A value that can be bound to a prepared-statement parameter. */
export type SqlParam = string | number | boolean | null;

/** A plain result row: Arrow and BigInt never leave `db/`. Missing values are `null`, never 0. */
export type Row = Readonly<Record<string, string | number | boolean | null>>;

/** The one door to DuckDB. Browser (worker) and Node (tests, bench) engines implement it alike. */
export interface SqlEngine {
  query(text: string, params?: readonly SqlParam[]): Promise<Row[]>;
  /** Runs statements that take no parameters (DDL, settings), one after another. */
  execute(statements: readonly string[]): Promise<void>;
  /** Makes bytes readable by `read_csv` under `mem/<name>`. */
  registerFile(name: string, bytes: Uint8Array): Promise<void>;
  /** Makes a Blob (a picked File) readable under `mem/<name>` without copying it onto the page. */
  registerBlob(name: string, blob: Blob): Promise<void>;
  dropFile(name: string): Promise<void>;
}

export type ProgressListener = (step: 'engine' | 'data', done: number, total: number) => void;
