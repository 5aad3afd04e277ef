/**
 * A tiny promise wrapper over one IndexedDB object store. Imported files stay in the browser:
 * they are kept here so they survive a reload, and leave only when the user removes them.
 */
const DB_NAME = 'reform-index-dashboard';
const DB_VERSION = 1;

export const STORES = ['imports'] as const;
export type StoreName = (typeof STORES)[number];

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => {
      for (const store of STORES) {
        if (!request.result.objectStoreNames.contains(store))
          request.result.createObjectStore(store, { keyPath: 'id' });
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB unavailable'));
  });
}

async function withStore<T>(
  store: StoreName,
  mode: IDBTransactionMode,
  action: (objects: IDBObjectStore) => IDBRequest,
): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(store, mode);
      const request = action(transaction.objectStore(store));
      transaction.oncomplete = () => resolve(request.result as T);
      transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
    });
  } finally {
    db.close();
  }
}

export function idbPut(store: StoreName, value: { id: string }): Promise<unknown> {
  return withStore(store, 'readwrite', (objects) => objects.put(value));
}

export function idbDelete(store: StoreName, id: string): Promise<unknown> {
  return withStore(store, 'readwrite', (objects) => objects.delete(id));
}

export function idbGetAll<T>(store: StoreName): Promise<T[]> {
  return withStore<T[]>(store, 'readonly', (objects) => objects.getAll());
}
