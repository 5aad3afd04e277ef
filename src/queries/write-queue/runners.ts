import { changeScores, database, screensAnswered } from '@/db/database';
import { runInTransaction } from '@/db/transaction';
import { importCsv } from '@/ingest/import-csv';
import { prepareInWorker } from '@/ingest/prepare-in-worker';
import { snapshotDataset } from '@/ingest/stored-rows';
import type { ImportResult } from '@/ingest/types';
import { forgetImport, persistImport } from '@/lib/persisted-imports';
import { buildRemoveImportedDataset } from '@/sql/datasets';
import type { WriteJob, WriteOutcome } from './state';
import type { WriteRunner } from './store';

function newDatasetId(): string {
  const random = Math.floor(Math.random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0');
  return `imp_${Date.now().toString(36)}_${random}`;
}

/**
 * Keeps a committed import for the next visit: its rows as DuckDB holds them, written once, so a
 * reload reads them back without the CSV. Should that fail, the file itself is kept, as before.
 * Until the store's write has finished nothing is kept: a reload in between restores nothing of it.
 */
async function keepImport(
  datasetId: string,
  file: File,
  wide: Extract<WriteJob, { kind: 'import' }>['wide'],
): Promise<boolean> {
  const engine = await database();
  // After the screens' reads of the new rows: a read-back of a million rows asked alongside them took
  // DuckDB's worker and the page's main thread (the parts' Arrow encoding) from the screen shown.
  await screensAnswered();
  const snapshot = await snapshotDataset(engine, datasetId).catch(() => null);
  if (snapshot && (await persistImport(snapshot))) return true;
  return persistImport({ id: datasetId, fileName: file.name, file, addedAt: new Date().toISOString(), wide });
}

/**
 * One import: read, check and commit in one step; reported as soon as it has committed, while its rows
 * are kept for the next visit behind the report (`onKept` says how that ended).
 * The File itself travels to the prepare worker: the page never holds its bytes.
 * Derived tables wait while the file loads and its rows are kept; then they are rebuilt.
 */
async function runImport(
  job: Extract<WriteJob, { kind: 'import' }>,
  signal: AbortSignal,
  onProgress: Parameters<WriteRunner>[2],
  onKept: Parameters<WriteRunner>[3],
): Promise<WriteOutcome> {
  const { file, wide } = job;
  const engine = await database();
  const datasetId = newDatasetId();
  let reportCommitted: (result: ImportResult) => void = () => undefined;
  const committed = new Promise<ImportResult>((resolve) => {
    reportCommitted = resolve;
  });
  // The rows are read back for the browser's store inside the same pause of the derived pass: after
  // it, that read would queue for tens of seconds behind a pass over the new rows in DuckDB's worker.
  // The report does not wait for that store (seconds at a million rows): the screens read the
  // committed rows meanwhile, between the parts of the read-back.
  const imported = changeScores(
    async () => {
      const result = await importCsv(
        engine,
        { fileName: file.name, file },
        { datasetId, label: file.name, wide, prepare: prepareInWorker, signal, onProgress },
      );
      if (!result.ok) return result;
      reportCommitted(result);
      const kept = await keepImport(datasetId, file, wide).catch(() => false);
      performance.mark('import:persisted');
      onKept(kept);
      return result;
    },
    (result) => result.ok,
  );
  const result = await Promise.race([committed, imported]);
  return { type: 'imported', result, persisted: result.ok ? null : false };
}

/** Removes an imported dataset from DuckDB (one transaction) and from the browser's storage. */
async function runRemoval(job: Extract<WriteJob, { kind: 'remove' }>): Promise<WriteOutcome> {
  const engine = await database();
  await changeScores(() => runInTransaction(engine, buildRemoveImportedDataset(job.datasetId)));
  await forgetImport(job.datasetId);
  return { type: 'removed' };
}

/** The app's runner: every import and removal goes through it, one at a time (see ./store.ts). */
export const runWrite: WriteRunner = (job, signal, onProgress, onKept) =>
  job.kind === 'import' ? runImport(job, signal, onProgress, onKept) : runRemoval(job);

/** True when the outcome changed the loaded scores, so every screen must read them again. */
export function changedScores(outcome: WriteOutcome): boolean {
  return (outcome.type === 'imported' && outcome.result.ok) || outcome.type === 'removed';
}
