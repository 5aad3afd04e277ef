/**
 * A tiny promise wrapper over one IndexedDB object store. Imported files stay in the browser:
 * they are kept here so they survive a reload, and leave only when the user removes them.
 */
const DB_NAME = 'reform-index-dashboard';
const DB_VERSION = 1;

export const STORES = ['imports'] as const;
export type StoreName = (typeof STORES)[number];

/**
 * What the app can compute again, kept apart in a database of its own: it never travels in a
 * workspace file, and losing it (or a browser clearing it) only costs time.
 */
const CACHE_DB_NAME = 'reform-index-dashboard-cache';
const CACHE_STORES = ['first-screen'] as const;
export type CacheStoreName = (typeof CACHE_STORES)[number];

function open(name = DB_NAME, stores: readonly string[] = STORES): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, DB_VERSION);
    request.onupgradeneeded = () => {
      for (const store of stores) {
        if (!request.result.objectStoreNames.contains(store))
          request.result.createObjectStore(store, { keyPath: 'id' });
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB unavailable'));
  });
}

async function withStore<T>(
  store: StoreName | CacheStoreName,
  mode: IDBTransactionMode,
  action: (objects: IDBObjectStore) => IDBRequest,
): Promise<T> {
  const cache = (CACHE_STORES as readonly string[]).includes(store);
  const db = await (cache ? open(CACHE_DB_NAME, CACHE_STORES) : open());
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

export function cacheGet<T>(store: CacheStoreName, id: string): Promise<T | undefined> {
  return withStore<T | undefined>(store, 'readonly', (objects) => objects.get(id));
}

export function cachePut(store: CacheStoreName, value: { id: string }): Promise<unknown> {
  return withStore(store, 'readwrite', (objects) => objects.put(value));
}

export function cacheDelete(store: CacheStoreName, id: string): Promise<unknown> {
  return withStore(store, 'readwrite', (objects) => objects.delete(id));
}
