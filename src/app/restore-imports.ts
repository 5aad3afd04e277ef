import type { SqlEngine } from '@/db/engine';
import { importCsv } from '@/ingest/import-csv';
import { prepareInWorker } from '@/ingest/prepare-in-worker';
import { listPersistedImports } from '@/lib/persisted-imports';

/**
 * Files imported on an earlier visit load again through the same checks. One that no longer passes
 * (e.g. it now conflicts with newer bundled data) stays stored and is listed as not loaded.
 */
export async function restorePersistedImports(engine: SqlEngine): Promise<string[]> {
  const failed: string[] = [];
  for (const saved of await listPersistedImports()) {
    const result = await importCsv(
      engine,
      { fileName: saved.fileName, bytes: saved.bytes },
      { datasetId: saved.id, label: saved.fileName, wide: saved.wide, prepare: prepareInWorker },
    );
    if (!result.ok) failed.push(saved.fileName);
  }
  return failed;
}
