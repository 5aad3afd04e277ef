/**
 * CSV import core: the bytes of a user's file either enter DuckDB in one transaction or change nothing.
 *
 *   importCsv(engine, { fileName, bytes } | { fileName, file }, { datasetId, label?, wide?, prepare?,
 *     onProgress?, signal? }) → Promise<ImportResult>   (see ./types.ts)
 *
 * - `datasetId`: made by the caller, /^[a-z][a-z0-9_]{0,62}$/ (e.g. 'imp_20261122_ab12'); must be new.
 * - `wide`: the answer to "which index, year and unit level?" after a result with `needsWideMapping`.
 * - `prepare`: defaults to running ./prepare.ts in-process (tests, Node). In the browser pass
 *   `prepareInWorker` from ./prepare-in-worker.ts so that reading and scanning 100 MB never blocks
 *   the page: give it the File (`file`), which the worker reads itself; `bytes` are transferred.
 * - `signal`: aborting ends the prepare worker, or rolls back before COMMIT; the promise then rejects
 *   with `signal.reason` (an AbortError) and nothing has changed.
 * - Issues carry codes, 1-based physical lines and header names; ../i18n/import-messages.ts words them.
 *
 * Path: prepare (worker: encoding, delimiter, header, layout, record lines) → one INSERT … SELECT from
 * `read_csv` into `scores` inside a transaction, which raises on any malformed value → one aggregate
 * for codes, ranges and repeated keys, and a few more checks → COMMIT. When the first bytes show a
 * canonical file (EarlyHead), DuckDB inserts straight from the file at once, with its typed reader,
 * while the worker still scans; the scan's verdict then decides: commit, or roll back and insert again
 * with what the scan found (or reject). On any failure: ROLLBACK, then a diagnostic pass over a staging
 * table names every error with its line. Imports are serialised: the staging table and registered
 * names are fixed.
 */
import type { SqlConnection, SqlEngine } from '@/db/engine';
import { memoryPath } from '@/db/settings';
import { CATALOGUE, INDEX_CODES } from '@/domain/catalogue';
import { BEGIN, COMMIT, ROLLBACK, selectDatasetByContent, selectDatasetExists } from '@/sql/import-checks';
import { DROP_STAGING } from '@/sql/import-diagnose';
import {
  breakpointsCsv,
  insertCanonicalScores,
  insertImportedScores,
  type LoadSource,
} from '@/sql/import-load';
import type { Query } from '@/sql/query';
import { diagnose } from './diagnose';
import { confirms, prepareHere } from './early-insert';
import { finishImport } from './finish-import';
import { earlyHead, PREFIX_BYTES } from './prepare';
import { monotonicProgress } from './progress';
import { markStage } from './stage-mark';
import type {
  EarlyHead,
  ImportIssue,
  ImportResult,
  ImportSource,
  Prepared,
  PrepareOptions,
  WideAnswer,
} from './types';

export type ImportStage = 'reading' | 'checking' | 'saving';

export interface ImportOptions {
  datasetId: string;
  label?: string;
  wide?: WideAnswer;
  /** `onRead` hears the fraction of the file read (0–1), so the reading stage moves by bytes read. */
  prepare?: (
    source: ImportSource,
    options: PrepareOptions,
    signal?: AbortSignal,
    onRead?: (fraction: number) => void,
  ) => Promise<Prepared>;
  onProgress?: (stage: ImportStage, fraction: number) => void;
  signal?: AbortSignal;
}

export type ImportInput = { fileName: string; bytes: Uint8Array } | { fileName: string; file: Blob };

const ALLOWED = { indexCodes: INDEX_CODES, levels: CATALOGUE.levels };
const DATASET_ID = /^[a-z][a-z0-9_]{0,62}$/;
const DATA_FILE = 'import-data.csv';
/** Share of the reading stage that reading the bytes stands for; the scan is the rest. */
const READ_SHARE = 0.8;
const BREAKPOINTS_FILE = 'import-lines.csv';

/** The start of the file, enough to tell whether it is canonical (see `earlyHead`). */
async function firstBytes(input: ImportInput): Promise<Uint8Array> {
  if ('bytes' in input) return input.bytes.subarray(0, PREFIX_BYTES);
  return new Uint8Array(await input.file.slice(0, PREFIX_BYTES).arrayBuffer());
}

export function run(connection: SqlConnection, q: Query) {
  return connection.query(q.text, q.params);
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs imports one after another: they share the staging table and registered file names. */
function serialised<T>(task: () => Promise<T>): Promise<T> {
  const next = queue.then(task, task);
  queue = next.catch(() => undefined);
  return next;
}

function rejected(errors: ImportIssue[], warnings: ImportIssue[], errorCount = errors.length): ImportResult {
  return { ok: false, errors, errorCount, warnings };
}

function technical(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function isAbort(error: unknown, signal: AbortSignal | undefined): boolean {
  return (signal?.aborted ?? false) || (error instanceof Error && error.name === 'AbortError');
}

/**
 * Only a cancel rejects; every other failure is a report with a worded code, the raw text as its
 * technical detail: a file the worker cannot read is `read-failed`, anything else `import-failed`.
 */
export function importCsv(
  engine: SqlEngine,
  input: ImportInput,
  options: ImportOptions,
): Promise<ImportResult> {
  if (!DATASET_ID.test(options.datasetId))
    return Promise.reject(new Error(`Invalid dataset id: ${options.datasetId}`));
  return serialised(async () => {
    try {
      return await importNow(engine, input, options);
    } catch (error) {
      if (isAbort(error, options.signal)) throw error;
      const issue: ImportIssue =
        error instanceof PrepareFailure
          ? { code: 'read-failed', detail: technical(error.cause) }
          : { code: 'import-failed', detail: technical(error) };
      return rejected([issue], []);
    }
  });
}

/** The prepare step (reading, scanning) failed: the file itself could not be read. */
class PrepareFailure extends Error {
  override readonly cause: unknown;
  constructor(cause: unknown) {
    super('prepare failed');
    this.cause = cause;
  }
}

/** State of DuckDB's side of one import, so that cleanup undoes exactly what was done. */
interface Loading {
  registered: boolean;
  inTransaction: boolean;
}

async function insertInTransaction(writer: SqlConnection, insert: Query, state: Loading): Promise<boolean> {
  await writer.execute([BEGIN]);
  state.inTransaction = true;
  try {
    await run(writer, insert);
    markStage('inserted');
    return true;
  } catch {
    // A malformed value aborted the insert: the diagnosis names it.
    return false;
  }
}

async function importNow(
  engine: SqlEngine,
  input: ImportInput,
  options: ImportOptions,
): Promise<ImportResult> {
  // Every statement of an import runs on the write connection: screens keep reading committed data.
  const writer = engine.writer;
  const progress = monotonicProgress(options.onProgress ?? (() => undefined));
  const { signal } = options;
  signal?.throwIfAborted();
  progress('reading', 0);
  const prepareOptions: PrepareOptions = options.wide ? { wide: options.wide } : {};
  const fileData = 'file' in input ? input.file : input.bytes;
  const state: Loading = { registered: false, inTransaction: false };
  const dataSource: LoadSource = { dataPath: memoryPath(DATA_FILE), breakpointsPath: null };
  const early: { current: { head: EarlyHead; inserted: Promise<boolean> } | null } = { current: null };
  const head = earlyHead(await firstBytes(input), prepareOptions);
  // A picked file is read by DuckDB itself; bytes are copied before the scan takes the originals.
  const earlyBytes = head && 'bytes' in input ? input.bytes.slice() : null;
  // The scan starts at once: DuckDB may still be busy for a moment with what it was doing.
  const preparing = (options.prepare ?? prepareHere)(
    fileData,
    { ...prepareOptions, early: head !== null },
    signal,
    // Reading the bytes is most of the stage; the scan after it is the rest (reported when it ends).
    (fraction) => progress('reading', fraction * READ_SHARE),
  );
  preparing.catch(() => undefined);
  const [exists] = await run(writer, selectDatasetExists(options.datasetId));
  // A new dataset id only: an early insert must never run for an id that is refused anyway.
  if (head && Number(exists?.n ?? 0) === 0) {
    const inserted = (async () => {
      if (earlyBytes) await engine.registerFile(DATA_FILE, earlyBytes);
      else if ('file' in input) await engine.registerBlob(DATA_FILE, input.file);
      state.registered = true;
      markStage('registered');
      return insertInTransaction(
        writer,
        insertCanonicalScores(options.datasetId, head, dataSource.dataPath),
        state,
      );
    })();
    // Observed here so that an abort during prepare leaves no unhandled rejection behind.
    inserted.catch(() => undefined);
    early.current = { head, inserted };
  }
  let breakpointsRegistered = false;
  try {
    const prepared = await preparing.catch((error: unknown) => {
      throw isAbort(error, signal) ? error : new PrepareFailure(error);
    });
    markStage('prepared');
    // Whatever the scan says, the early insert must have settled before DuckDB is asked anything else.
    const started = early.current;
    const earlyInserted = started ? await started.inserted.catch(() => false) : false;
    signal?.throwIfAborted();
    progress('reading', 1);
    if (!prepared.ok) {
      const result = rejected(prepared.errors, prepared.warnings, prepared.errorCount);
      return prepared.needsWideMapping && !result.ok
        ? { ...result, needsWideMapping: prepared.needsWideMapping }
        : result;
    }
    if (Number(exists?.n ?? 0) > 0)
      return rejected([{ code: 'dataset-exists', value: options.datasetId }], prepared.warnings);

    let inserted: boolean;
    const source: LoadSource = {
      dataPath: dataSource.dataPath,
      breakpointsPath: prepared.lineBreakpoints.length > 2 ? memoryPath(BREAKPOINTS_FILE) : null,
    };
    progress('checking', 0);
    // A failed early insert is tried again the careful way: its typed reader refuses a few values (a
    // rank too large for a whole number) that the careful insert reads as the scan's rules say.
    const earlyKept =
      started !== null && state.inTransaction && earlyInserted && confirms(prepared, started.head);
    // No early start, or the scan found what the early insert did not assume: load it properly.
    if (!earlyKept && state.inTransaction) {
      await writer.execute([ROLLBACK]);
      state.inTransaction = false;
    }
    if (prepared.contentHash) {
      const [twin] = await run(writer, selectDatasetByContent(prepared.contentHash));
      if (twin) return rejected([{ code: 'already-imported', value: String(twin.label) }], prepared.warnings);
    }
    if (earlyKept) inserted = true;
    else {
      if (!prepared.reusesEarly || !state.registered) {
        if (state.registered) await engine.dropFile(DATA_FILE);
        await engine.registerFile(DATA_FILE, prepared.csv);
        state.registered = true;
      }
      if (source.breakpointsPath) {
        await engine.registerFile(BREAKPOINTS_FILE, breakpointsCsv(prepared.lineBreakpoints));
        breakpointsRegistered = true;
      }
      markStage('registered');
      inserted = await insertInTransaction(
        writer,
        insertImportedScores(options.datasetId, prepared, source),
        state,
      );
    }
    let outcome: ImportResult | null = null;
    if (inserted) {
      progress('checking', 0.7);
      outcome = await finishImport(writer, prepared, {
        datasetId: options.datasetId,
        allowed: ALLOWED,
        // The scan hashed the file's bytes; they are the stored values only when the early insert holds.
        keysKnownDistinct: earlyKept && prepared.keysDistinct,
        label: options.label ?? input.fileName,
        fileName: input.fileName,
        progress,
      }).catch(() => null);
    }
    if (outcome && signal?.aborted) {
      await writer.execute([ROLLBACK]);
      state.inTransaction = false;
      signal.throwIfAborted();
    }
    if (outcome && !outcome.ok) {
      await writer.execute([ROLLBACK]);
      state.inTransaction = false;
      return outcome;
    }
    if (outcome) {
      try {
        state.inTransaction = false;
        await writer.execute([COMMIT]);
        markStage('committed');
      } catch (error) {
        await writer.execute([ROLLBACK]).catch(() => undefined);
        return rejected([{ code: 'commit-failed', detail: technical(error) }], prepared.warnings);
      }
      progress('saving', 1);
      return outcome;
    }
    await writer.execute([ROLLBACK]);
    state.inTransaction = false;
    signal?.throwIfAborted();
    progress('checking', 0.8);
    const found = await diagnose(writer, prepared, source, options.datasetId);
    return rejected(found.errors, prepared.warnings, found.errorCount);
  } finally {
    await early.current?.inserted.catch(() => false);
    if (state.inTransaction) await writer.execute([ROLLBACK]).catch(() => undefined);
    await writer.execute([DROP_STAGING]).catch(() => undefined);
    if (state.registered) await engine.dropFile(DATA_FILE).catch(() => undefined);
    if (breakpointsRegistered) await engine.dropFile(BREAKPOINTS_FILE).catch(() => undefined);
  }
}
