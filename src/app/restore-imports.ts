import type { SqlEngine } from '@/db/engine';
import { importCsv } from '@/ingest/import-csv';
import { prepareInWorker } from '@/ingest/prepare-in-worker';
import { listPersistedImports, type PersistedImport } from '@/lib/persisted-imports';

/**
 * Files imported on an earlier visit load again through the same checks. One that no longer passes
 * (e.g. it now conflicts with newer bundled data) stays stored and is listed as not loaded.
 * The stored Blob goes to the prepare worker as is: its bytes are read there, not on the page.
 */
export async function restorePersistedImports(
  engine: SqlEngine,
  stored: Promise<readonly PersistedImport[]> = listPersistedImports(),
): Promise<string[]> {
  const failed: string[] = [];
  for (const saved of await stored) {
    const result = await importCsv(
      engine,
      { fileName: saved.fileName, file: saved.file },
      { datasetId: saved.id, label: saved.fileName, wide: saved.wide, prepare: prepareInWorker },
    ).catch(() => null); // an unreadable stored Blob must not stop the others from loading
    if (!result?.ok) failed.push(saved.fileName);
  }
  return failed;
}
