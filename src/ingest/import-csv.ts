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
 * Stages (each a function of one ImportState below): sniff (the first bytes: canonical or not) → scan
 * (the worker's pass, with the early insert overlapping it) → stage (rows inserted in a transaction) →
 * check (the rules, in SQL) → commit; or diagnose (rollback, every error named); cleanUp in any case.
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
import { readRows } from '@/db/rows';
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
import { countImportedRows } from '@/sql/stored-rows';
import { diagnose } from './diagnose';
import { confirms, prepareHere } from './early-insert';
import { finishImport } from './finish-import';
import { earlyHead, PREFIX_BYTES } from './prepare';
import { type ImportStage, monotonicProgress } from './progress';
import { estimateRows, tooLarge } from './size-limit';
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
  /**
   * 'caller': the caller has opened a transaction on the writer and commits or rolls back several
   * imports as one (a workspace file). The import then never begins, commits or rolls back itself,
   * skips the early insert, and a file that fails a rule is refused with `needsDiagnosis` instead of
   * being diagnosed (the diagnosis needs a rollback): the caller rolls back, then runs it alone with
   * `dryRun` to name every error.
   */
  transaction?: 'own' | 'caller';
  /** Every check of a real import, then ROLLBACK instead of COMMIT: nothing changes. */
  dryRun?: boolean;
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

/**
 * One import's whole state, passed from stage to stage: what it was asked, what it has learned and
 * what it has done to DuckDB (so that `cleanUp` undoes exactly that). No stage keeps state elsewhere.
 */
interface ImportState {
  readonly engine: SqlEngine;
  /** Every statement of an import runs on the write connection: screens keep reading committed data. */
  readonly writer: SqlConnection;
  readonly input: ImportInput;
  readonly options: ImportOptions;
  readonly progress: (stage: ImportStage, fraction: number) => void;
  readonly prepareOptions: PrepareOptions;
  /** The early insert of a canonical file, started while the scan runs (see EarlyHead). */
  early: { head: EarlyHead; inserted: Promise<boolean> } | null;
  datasetExists: boolean;
  registered: boolean;
  breakpointsRegistered: boolean;
  inTransaction: boolean;
  /** Imported rows already loaded: they count against the browser's limit too. */
  loadedRows: number;
}

/** The caller holds the transaction: the import must never end it. */
function callerHolds(state: ImportState): boolean {
  return state.options.transaction === 'caller';
}

async function insertInTransaction(state: ImportState, insert: Query): Promise<boolean> {
  if (!callerHolds(state)) {
    await state.writer.execute([BEGIN]);
    state.inTransaction = true;
  }
  try {
    await run(state.writer, insert);
    markStage('inserted');
    return true;
  } catch {
    // A malformed value aborted the insert: the diagnosis names it.
    return false;
  }
}

async function rollback(state: ImportState): Promise<void> {
  if (!state.inTransaction) return;
  state.inTransaction = false;
  await state.writer.execute([ROLLBACK]);
}

const DATA_PATH = memoryPath(DATA_FILE);

/**
 * Sniff: the first bytes say whether DuckDB may start inserting the file before the scan ends, and,
 * with the file's size, about how many rows it holds: a file clearly over the limit is refused here,
 * before anything is read into DuckDB.
 */
async function sniff(state: ImportState): Promise<{ head: EarlyHead | null; refused: ImportIssue | null }> {
  const prefix = await firstBytes(state.input);
  const size = 'bytes' in state.input ? state.input.bytes.length : state.input.file.size;
  const [loaded] = await readRows(state.writer, countImportedRows());
  state.loadedRows = loaded?.n ?? 0;
  const refused = tooLarge(estimateRows(size, prefix), state.loadedRows, true);
  return { head: refused ? null : earlyHead(prefix, state.prepareOptions), refused };
}

/** The early insert: DuckDB reads a canonical file itself while the scan runs. */
function startEarlyInsert(state: ImportState, head: EarlyHead, earlyBytes: Uint8Array | null): void {
  const { engine, input } = state;
  const inserted = (async () => {
    if (earlyBytes) await engine.registerFile(DATA_FILE, earlyBytes);
    else if ('file' in input) await engine.registerBlob(DATA_FILE, input.file);
    state.registered = true;
    markStage('registered');
    return insertInTransaction(state, insertCanonicalScores(state.options.datasetId, head, DATA_PATH));
  })();
  // Observed here so that an abort during prepare leaves no unhandled rejection behind.
  inserted.catch(() => undefined);
  state.early = { head, inserted };
}

/** Scan: the worker's full pass over the file, with the early insert overlapping it. */
async function scan(
  state: ImportState,
  head: EarlyHead | null,
): Promise<{ prepared: Prepared; earlyInserted: boolean }> {
  const { input, options, progress } = state;
  // A picked file is read by DuckDB itself; bytes are copied before the scan takes the originals.
  const earlyBytes = head && 'bytes' in input ? input.bytes.slice() : null;
  // The scan starts at once: DuckDB may still be busy for a moment with what it was doing.
  const preparing = (options.prepare ?? prepareHere)(
    'file' in input ? input.file : input.bytes,
    { ...state.prepareOptions, early: head !== null },
    options.signal,
    // Reading the bytes is most of the stage; the scan after it is the rest (reported when it ends).
    (fraction) => progress('reading', fraction * READ_SHARE),
  );
  preparing.catch(() => undefined);
  const [exists] = await readRows(state.writer, selectDatasetExists(options.datasetId));
  state.datasetExists = (exists?.n ?? 0) > 0;
  // A new dataset id only: an early insert must never run for an id that is refused anyway.
  if (head && !state.datasetExists) startEarlyInsert(state, head, earlyBytes);
  const prepared = await preparing.catch((error: unknown) => {
    throw isAbort(error, options.signal) ? error : new PrepareFailure(error);
  });
  markStage('prepared');
  // Whatever the scan says, the early insert must have settled before DuckDB is asked anything else.
  const earlyInserted = state.early ? await state.early.inserted.catch(() => false) : false;
  options.signal?.throwIfAborted();
  progress('reading', 1);
  return { prepared, earlyInserted };
}

/** Refusals known before any row is stored: a bad scan, too many rows, a taken id, content already imported. */
async function refusedUpFront(state: ImportState, prepared: Prepared): Promise<ImportResult | null> {
  const over = prepared.ok ? tooLarge(prepared.recordCount, state.loadedRows, false) : null;
  if (over) return rejected([over], prepared.warnings);
  if (!prepared.ok) {
    const result = rejected(prepared.errors, prepared.warnings, prepared.errorCount);
    return prepared.needsWideMapping && !result.ok
      ? { ...result, needsWideMapping: prepared.needsWideMapping }
      : result;
  }
  if (state.datasetExists)
    return rejected([{ code: 'dataset-exists', value: state.options.datasetId }], prepared.warnings);
  if (!prepared.contentHash) return null;
  const [twin] = await readRows(state.writer, selectDatasetByContent(prepared.contentHash));
  return twin ? rejected([{ code: 'already-imported', value: twin.label }], prepared.warnings) : null;
}

/** Stage: the rows inserted in an open transaction, by the confirmed early insert or the careful one. */
async function stage(
  state: ImportState,
  prepared: Prepared,
  source: LoadSource,
  earlyKept: boolean,
): Promise<boolean> {
  if (earlyKept) return true;
  const { engine } = state;
  if (!prepared.reusesEarly || !state.registered) {
    if (state.registered) await engine.dropFile(DATA_FILE);
    await engine.registerFile(DATA_FILE, prepared.csv);
    state.registered = true;
  }
  if (source.breakpointsPath) {
    await engine.registerFile(BREAKPOINTS_FILE, breakpointsCsv(prepared.lineBreakpoints));
    state.breakpointsRegistered = true;
  }
  markStage('registered');
  return insertInTransaction(state, insertImportedScores(state.options.datasetId, prepared, source));
}

/** Check: the rules over the inserted rows; null sends the file to the diagnosis. */
function check(state: ImportState, prepared: Prepared, earlyKept: boolean): Promise<ImportResult | null> {
  const { options, input } = state;
  state.progress('checking', 0.7);
  return finishImport(state.writer, prepared, {
    datasetId: options.datasetId,
    allowed: ALLOWED,
    // The scan hashed the file's bytes; they are the stored values only when the early insert holds.
    keysKnownDistinct: earlyKept && prepared.keysDistinct,
    label: options.label ?? input.fileName,
    fileName: input.fileName,
    progress: state.progress,
  }).catch(() => null);
}

/** Commit: a cancel up to here rolls back; a refusal found by the checks rolls back too. */
async function commit(state: ImportState, prepared: Prepared, outcome: ImportResult): Promise<ImportResult> {
  if (state.options.signal?.aborted || !outcome.ok) {
    await rollback(state);
    state.options.signal?.throwIfAborted();
    return outcome;
  }
  if (callerHolds(state)) return outcome;
  if (state.options.dryRun) {
    await rollback(state);
    return outcome;
  }
  try {
    state.inTransaction = false;
    await state.writer.execute([COMMIT]);
    markStage('committed');
  } catch (error) {
    await state.writer.execute([ROLLBACK]).catch(() => undefined);
    return rejected([{ code: 'commit-failed', detail: technical(error) }], prepared.warnings);
  }
  state.progress('saving', 1);
  return outcome;
}

/**
 * Diagnose: after a rollback, every error named with its line and column. In a transaction the caller
 * holds, a broken rule (`staged`: the rows went in, nothing raised) is diagnosed in place, so a
 * conflict with the files before this one in that transaction is named by line and column too; a
 * value DuckDB refused has aborted the transaction, and the caller diagnoses the file alone.
 */
async function diagnoseFile(
  state: ImportState,
  prepared: Prepared,
  source: LoadSource,
  staged: boolean,
): Promise<ImportResult> {
  if (callerHolds(state)) {
    const found = staged
      ? await diagnose(state.writer, prepared, source, state.options.datasetId).catch(() => null)
      : null;
    if (found?.errors.some((issue) => issue.code !== 'import-failed'))
      return rejected(found.errors, prepared.warnings, found.errorCount);
    return {
      ok: false,
      errors: [{ code: 'import-failed' }],
      errorCount: 1,
      warnings: prepared.warnings,
      needsDiagnosis: true,
    };
  }
  await rollback(state);
  state.options.signal?.throwIfAborted();
  state.progress('checking', 0.8);
  const found = await diagnose(state.writer, prepared, source, state.options.datasetId);
  return rejected(found.errors, prepared.warnings, found.errorCount);
}

/** Undoes what the import did to DuckDB, whatever stage it ended in. */
async function cleanUp(state: ImportState): Promise<void> {
  const { engine, writer } = state;
  await state.early?.inserted.catch(() => false);
  if (state.inTransaction) await writer.execute([ROLLBACK]).catch(() => undefined);
  await writer.execute([DROP_STAGING]).catch(() => undefined);
  if (state.registered) await engine.dropFile(DATA_FILE).catch(() => undefined);
  if (state.breakpointsRegistered) await engine.dropFile(BREAKPOINTS_FILE).catch(() => undefined);
}

/** sniff → scan → stage → check → commit, or diagnose; cleanUp whatever happened. */
async function importNow(
  engine: SqlEngine,
  input: ImportInput,
  options: ImportOptions,
): Promise<ImportResult> {
  options.signal?.throwIfAborted();
  const state: ImportState = {
    engine,
    writer: engine.writer,
    input,
    options,
    progress: monotonicProgress(options.onProgress ?? (() => undefined)),
    prepareOptions: options.wide ? { wide: options.wide } : {},
    early: null,
    datasetExists: false,
    registered: false,
    breakpointsRegistered: false,
    inTransaction: false,
    loadedRows: 0,
  };
  state.progress('reading', 0);
  const sniffed = await sniff(state);
  if (sniffed.refused) {
    markStage('refused-size');
    return rejected([sniffed.refused], []);
  }
  // A transaction the caller holds allows no early insert of its own.
  const head = callerHolds(state) ? null : sniffed.head;
  try {
    const { prepared, earlyInserted } = await scan(state, head);
    // A failed early insert is tried again the careful way: its typed reader refuses a few values (a
    // rank too large for a whole number) that the careful insert reads as the scan's rules say.
    const earlyKept =
      state.early !== null &&
      state.inTransaction &&
      earlyInserted &&
      prepared.ok &&
      confirms(prepared, state.early.head);
    // No early start, or the scan found what the early insert did not assume: load it properly.
    if (!earlyKept) await rollback(state);
    const refused = await refusedUpFront(state, prepared);
    if (refused) return refused;
    state.progress('checking', 0);
    const source: LoadSource = {
      dataPath: DATA_PATH,
      breakpointsPath: prepared.lineBreakpoints.length > 2 ? memoryPath(BREAKPOINTS_FILE) : null,
    };
    const inserted = await stage(state, prepared, source, earlyKept);
    const outcome = inserted ? await check(state, prepared, earlyKept) : null;
    return outcome
      ? await commit(state, prepared, outcome)
      : await diagnoseFile(state, prepared, source, inserted);
  } finally {
    await cleanUp(state);
  }
}
