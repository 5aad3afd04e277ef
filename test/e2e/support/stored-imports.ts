import type { Page } from 'playwright-core';

/** What the app keeps in IndexedDB, read as the page sees it: id and kind of every stored import. */
export function storedImports(page: Page): Promise<{ id: string; kind: string; fileName: string }[]> {
  return page.evaluate(
    () =>
      new Promise<{ id: string; kind: string; fileName: string }[]>((resolve, reject) => {
        const open = indexedDB.open('reform-index-dashboard', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('imports', { keyPath: 'id' });
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('imports').objectStore('imports').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(
              (request.result as Record<string, unknown>[]).map((entry) => ({
                id: String(entry.id),
                kind: String(entry.kind ?? 'csv'),
                fileName: String(entry.fileName),
              })),
            );
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** Writes a stored import whose rows are damaged (gzip header, then garbage), as a failing disk might. */
export function storeDamagedImport(page: Page, id: string, fileName: string): Promise<void> {
  return page.evaluate(
    ([entryId, name]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('reform-index-dashboard', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('imports', { keyPath: 'id' });
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const transaction = open.result.transaction('imports', 'readwrite');
          transaction.objectStore('imports').put({
            kind: 'arrow-rows-v1',
            id: entryId,
            fileName: name,
            label: name,
            addedAt: '2026-01-01T00:00:00.000Z',
            contentHash: null,
            rowCount: 10,
            parts: [new Blob([new Uint8Array([31, 139, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3, 4])])],
          });
          transaction.oncomplete = () => {
            open.result.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    [id, fileName] as const,
  );
}

/**
 * Changes the stored imports behind the app's back, as another tab would: `copyAs` stores a copy of
 * the first import under another id and content hash (a second import), `clear` removes them all.
 */
export function changeStoredImports(page: Page, change: { copyAs: string } | 'clear'): Promise<void> {
  return page.evaluate(
    (wanted) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('reform-index-dashboard', 1);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const transaction = open.result.transaction('imports', 'readwrite');
          const store = transaction.objectStore('imports');
          if (wanted === 'clear') store.clear();
          else {
            const all = store.getAll();
            all.onsuccess = () => {
              const [first] = all.result as Record<string, unknown>[];
              if (first) store.put({ ...first, id: wanted.copyAs, contentHash: `${wanted.copyAs}-rows` });
            };
          }
          transaction.oncomplete = () => {
            open.result.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    change,
  );
}

/**
 * Changes the first stored import in place, keeping its id and content hash (so a kept first screen's
 * stamp still matches it): `rowCount` says it holds that many rows, `damage` replaces its rows with
 * garbage behind a gzip header. Returns the row count it had.
 */
export function editStoredImport(
  page: Page,
  change: { rowCount?: number; damage?: boolean },
): Promise<number> {
  return page.evaluate(
    (wanted) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('reform-index-dashboard', 1);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const transaction = open.result.transaction('imports', 'readwrite');
          const store = transaction.objectStore('imports');
          let before = -1;
          const all = store.getAll();
          all.onsuccess = () => {
            const [first] = all.result as Record<string, unknown>[];
            if (!first) return;
            before = Number(first.rowCount);
            const garbage = new Blob([new Uint8Array([31, 139, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3, 4])]);
            store.put({
              ...first,
              rowCount: wanted.rowCount ?? first.rowCount,
              parts: wanted.damage ? [garbage] : first.parts,
            });
          };
          transaction.oncomplete = () => {
            open.result.close();
            resolve(before);
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    change,
  );
}

/** Whether the app keeps a first screen over the user's own data for the next visit. */
export function hasKeptFirstScreen(page: Page): Promise<boolean> {
  return page.evaluate(
    () =>
      new Promise<boolean>((resolve, reject) => {
        const open = indexedDB.open('reform-index-dashboard-cache', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('first-screen', { keyPath: 'id' });
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('first-screen').objectStore('first-screen').count();
          request.onsuccess = () => {
            db.close();
            resolve(request.result > 0);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}
