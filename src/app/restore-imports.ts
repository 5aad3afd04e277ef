import type { SqlEngine } from '@/db/engine';
import { importCsv } from '@/ingest/import-csv';
import { prepareInWorker } from '@/ingest/prepare-in-worker';
import { restoreSnapshot, snapshotDataset } from '@/ingest/stored-rows';
import {
  type ListedImport,
  listPersistedImports,
  type PersistedCsvImport,
  persistImport,
} from '@/lib/persisted-imports';
import type { RestoreProblem, RestoreReason } from '@/lib/restore-problems';

/**
 * An entry from before rows were stored: the file is imported again through the same checks, once,
 * and then stored as rows, so the next start reads those instead. The Blob goes to the prepare worker
 * as is: its bytes are read there, not on the page.
 */
async function migrateCsvEntry(engine: SqlEngine, saved: PersistedCsvImport): Promise<RestoreReason | null> {
  const result = await importCsv(
    engine,
    { fileName: saved.fileName, file: saved.file },
    { datasetId: saved.id, label: saved.fileName, wide: saved.wide, prepare: prepareInWorker },
  ).catch(() => null); // an unreadable stored Blob must not stop the others from loading
  if (!result) return 'corrupted';
  if (!result.ok) return result.errors.some((issue) => issue.code === 'too-large') ? 'too-large' : 'rejected';
  const snapshot = await snapshotDataset(engine, saved.id).catch(() => null);
  // Not rewritten (storage full): the CSV entry stays, and is imported again next time.
  if (snapshot) await persistImport(snapshot);
  return null;
}

/**
 * Datasets imported on an earlier visit load again, each all or nothing. One that cannot (damaged,
 * too large, now conflicting with newer bundled data) stays stored, and is returned with the reason
 * so the app starts without it and says so.
 */
export async function restorePersistedImports(
  engine: SqlEngine,
  stored: Promise<readonly ListedImport[]> = listPersistedImports(),
): Promise<RestoreProblem[]> {
  const problems: RestoreProblem[] = [];
  let loadedRows = 0;
  for (const saved of await stored) {
    let reason: RestoreReason | null;
    if (saved.kind === 'unreadable') reason = 'old-format';
    else if (saved.kind === 'arrow-rows-v1') {
      reason = await restoreSnapshot(engine, saved, loadedRows);
      if (!reason) loadedRows += saved.rowCount;
    } else reason = await migrateCsvEntry(engine, saved);
    if (reason) problems.push({ id: saved.id, fileName: saved.fileName, reason });
  }
  return problems;
}
