import { idbDelete, idbGetAll, idbPut, STORES, type StoreName } from '@/lib/idb-store';
import { forgetImport, listPersistedImports, persistImport } from '@/lib/persisted-imports';
import { listStoredEntries, replaceStoredEntries, type StoredKey } from '@/lib/stored-value';
import type { WorkspaceDataset, WorkspaceSettings } from '@/lib/workspace/format';

/**
 * Where each IndexedDB store travels in a workspace file. A Record over every store: a store added to
 * idb-store.ts does not compile until it is given a place here, so none is left out silently.
 * `datasets`: its content is read back from DuckDB as CSV; `settings`: its entries go to settings.json.
 */
const STORE_PARTS: Record<StoreName, 'datasets' | 'settings'> = { imports: 'datasets' };

export const SETTINGS_STORES: readonly StoreName[] = STORES.filter(
  (store) => STORE_PARTS[store] === 'settings',
);

function isEntry(value: unknown): value is { id: string } {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string';
}

/** Every remembered choice of this browser: the app's localStorage keys and the settings stores. */
export async function readBrowserSettings(): Promise<WorkspaceSettings> {
  const indexedDb: Record<string, unknown[]> = {};
  for (const store of SETTINGS_STORES) indexedDb[store] = await idbGetAll<unknown>(store).catch(() => []);
  return { localStorage: Object.fromEntries(listStoredEntries()), indexedDb };
}

/**
 * Keeps an opened workspace for the next visit: its datasets replace the stored imports, its settings
 * replace the remembered choices. False when the browser refused some of it (quota, private mode).
 */
export async function persistWorkspace(
  datasets: readonly WorkspaceDataset[],
  settings: WorkspaceSettings,
): Promise<boolean> {
  let kept = true;
  const ids = new Set(datasets.map((dataset) => dataset.datasetId));
  for (const dataset of datasets) {
    kept =
      (await persistImport({
        id: dataset.datasetId,
        fileName: dataset.fileName,
        file: new Blob([dataset.csv as Uint8Array<ArrayBuffer>], { type: 'text/csv' }),
        addedAt: new Date().toISOString(),
      })) && kept;
  }
  for (const old of await listPersistedImports()) if (!ids.has(old.id)) await forgetImport(old.id);
  for (const store of SETTINGS_STORES) {
    const entries = (settings.indexedDb[store] ?? []).filter(isEntry);
    const wanted = new Set(entries.map((entry) => entry.id));
    try {
      for (const old of await idbGetAll<{ id: string }>(store))
        if (!wanted.has(old.id)) await idbDelete(store, old.id);
      for (const entry of entries) await idbPut(store, entry);
    } catch {
      kept = false;
    }
  }
  const stored = Object.entries(settings.localStorage) as [StoredKey, string][];
  return replaceStoredEntries(stored) && kept;
}
