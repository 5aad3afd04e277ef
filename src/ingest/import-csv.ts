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
 * `read_csv` into `scores` inside a transaction, which raises on any malformed value → a few aggregate
 * checks → COMMIT. On any failure: ROLLBACK, then a diagnostic pass over a staging table names every
 * error with its line. Imports are serialised: the staging table and registered names are fixed.
 */
import type { SqlEngine } from '@/db/engine';
import { memoryPath } from '@/db/settings';
import { CATALOGUE, INDEX_CODES } from '@/domain/catalogue';
import { BEGIN, COMMIT, ROLLBACK, selectDatasetExists } from '@/sql/import-checks';
import { DROP_STAGING } from '@/sql/import-diagnose';
import { breakpointsCsv, insertImportedScores, type LoadSource } from '@/sql/import-load';
import type { Query } from '@/sql/query';
import { diagnose } from './diagnose';
import { finishImport } from './finish-import';
import { prepare } from './prepare';
import type { ImportIssue, ImportResult, ImportSource, Prepared, PrepareOptions, WideAnswer } from './types';

export type ImportStage = 'reading' | 'checking' | 'saving';

export interface ImportOptions {
  datasetId: string;
  label?: string;
  wide?: WideAnswer;
  prepare?: (source: ImportSource, options: PrepareOptions, signal?: AbortSignal) => Promise<Prepared>;
  onProgress?: (stage: ImportStage, fraction: number) => void;
  signal?: AbortSignal;
}

export type ImportInput = { fileName: string; bytes: Uint8Array } | { fileName: string; file: Blob };

const ALLOWED = { indexCodes: INDEX_CODES, levels: CATALOGUE.levels };
const DATASET_ID = /^[a-z][a-z0-9_]{0,62}$/;
const DATA_FILE = 'import-data.csv';
const BREAKPOINTS_FILE = 'import-lines.csv';

export function run(engine: SqlEngine, q: Query) {
  return engine.query(q.text, q.params);
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

export function importCsv(
  engine: SqlEngine,
  input: ImportInput,
  options: ImportOptions,
): Promise<ImportResult> {
  return serialised(() => importNow(engine, input, options));
}

/** In-process prepare (Node, tests): a Blob is read here. */
async function prepareHere(source: ImportSource, options: PrepareOptions): Promise<Prepared> {
  return prepare(source instanceof Uint8Array ? source : new Uint8Array(await source.arrayBuffer()), options);
}

async function importNow(
  engine: SqlEngine,
  input: ImportInput,
  options: ImportOptions,
): Promise<ImportResult> {
  const progress = options.onProgress ?? (() => undefined);
  const { signal } = options;
  if (!DATASET_ID.test(options.datasetId)) throw new Error(`Invalid dataset id: ${options.datasetId}`);
  signal?.throwIfAborted();
  progress('reading', 0);
  const prepareOptions: PrepareOptions = options.wide ? { wide: options.wide } : {};
  const fileData = 'file' in input ? input.file : input.bytes;
  const prepared = await (options.prepare ?? prepareHere)(fileData, prepareOptions, signal);
  signal?.throwIfAborted();
  progress('reading', 1);
  if (!prepared.ok) {
    const result = rejected(prepared.errors, prepared.warnings, prepared.errorCount);
    return prepared.needsWideMapping && !result.ok
      ? { ...result, needsWideMapping: prepared.needsWideMapping }
      : result;
  }
  const [exists] = await run(engine, selectDatasetExists(options.datasetId));
  if (Number(exists?.n ?? 0) > 0)
    return rejected([{ code: 'dataset-exists', value: options.datasetId }], prepared.warnings);

  const source: LoadSource = {
    dataPath: memoryPath(DATA_FILE),
    breakpointsPath: prepared.lineBreakpoints.length > 2 ? memoryPath(BREAKPOINTS_FILE) : null,
  };
  await engine.registerFile(DATA_FILE, prepared.csv);
  if (source.breakpointsPath)
    await engine.registerFile(BREAKPOINTS_FILE, breakpointsCsv(prepared.lineBreakpoints));
  try {
    progress('checking', 0);
    await engine.execute([BEGIN]);
    let outcome: ImportResult | null = null;
    try {
      await run(engine, insertImportedScores(options.datasetId, prepared, source, ALLOWED));
      progress('checking', 0.7);
      outcome = await finishImport(engine, prepared, {
        datasetId: options.datasetId,
        label: options.label ?? input.fileName,
        fileName: input.fileName,
        progress,
      });
    } catch {
      // A malformed value aborted the insert: the diagnosis below names it.
      outcome = null;
    }
    if (outcome && signal?.aborted) {
      await engine.execute([ROLLBACK]);
      signal.throwIfAborted();
    }
    if (outcome) {
      try {
        await engine.execute([COMMIT]);
      } catch (error) {
        await engine.execute([ROLLBACK]).catch(() => undefined);
        return rejected(
          [{ code: 'commit-failed', hint: error instanceof Error ? error.message.slice(0, 200) : '' }],
          prepared.warnings,
        );
      }
      progress('saving', 1);
      return outcome;
    }
    await engine.execute([ROLLBACK]);
    signal?.throwIfAborted();
    progress('checking', 0.8);
    const found = await diagnose(engine, prepared, source, options.datasetId);
    return rejected(found.errors, prepared.warnings, found.errorCount);
  } finally {
    await engine.execute([DROP_STAGING]).catch(() => undefined);
    await engine.dropFile(DATA_FILE).catch(() => undefined);
    if (source.breakpointsPath) await engine.dropFile(BREAKPOINTS_FILE).catch(() => undefined);
  }
}
