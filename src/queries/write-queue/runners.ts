import { changeScores, database } from '@/db/database';
import { runInTransaction } from '@/db/transaction';
import { importCsv } from '@/ingest/import-csv';
import { prepareInWorker } from '@/ingest/prepare-in-worker';
import { snapshotDataset } from '@/ingest/stored-rows';
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
  const snapshot = await snapshotDataset(engine, datasetId).catch(() => null);
  if (snapshot && (await persistImport(snapshot))) return true;
  return persistImport({ id: datasetId, fileName: file.name, file, addedAt: new Date().toISOString(), wide });
}

/**
 * One import: read, check and commit in one step; on success keep it for the next visit.
 * The File itself travels to the prepare worker: the page never holds its bytes.
 * Derived tables wait while the file loads; once it is in, they are rebuilt behind the report.
 */
async function runImport(
  job: Extract<WriteJob, { kind: 'import' }>,
  signal: AbortSignal,
  onProgress: Parameters<WriteRunner>[2],
): Promise<WriteOutcome> {
  const { file, wide } = job;
  const engine = await database();
  const datasetId = newDatasetId();
  // The rows are read back for the browser's store inside the same pause of the derived pass: after
  // it, that read would queue for tens of seconds behind a pass over the new rows in DuckDB's worker.
  const { result, persisted } = await changeScores(
    async () => {
      const imported = await importCsv(
        engine,
        { fileName: file.name, file },
        { datasetId, label: file.name, wide, prepare: prepareInWorker, signal, onProgress },
      );
      if (!imported.ok) return { result: imported, persisted: false };
      const kept = await keepImport(datasetId, file, wide);
      performance.mark('import:persisted');
      return { result: imported, persisted: kept };
    },
    (outcome) => outcome.result.ok,
  );
  return { type: 'imported', result, persisted };
}

/** Removes an imported dataset from DuckDB (one transaction) and from the browser's storage. */
async function runRemoval(job: Extract<WriteJob, { kind: 'remove' }>): Promise<WriteOutcome> {
  const engine = await database();
  await changeScores(() => runInTransaction(engine, buildRemoveImportedDataset(job.datasetId)));
  await forgetImport(job.datasetId);
  return { type: 'removed' };
}

/** The app's runner: every import and removal goes through it, one at a time (see ./store.ts). */
export const runWrite: WriteRunner = (job, signal, onProgress) =>
  job.kind === 'import' ? runImport(job, signal, onProgress) : runRemoval(job);

/** True when the outcome changed the loaded scores, so every screen must read them again. */
export function changedScores(outcome: WriteOutcome): boolean {
  return (outcome.type === 'imported' && outcome.result.ok) || outcome.type === 'removed';
}
