/**
 * The one door to localStorage, and the registry of what the app keeps there: every key is an app key
 * (`rid.…`, or the older `reform-index:…`), so the workspace file can take every remembered choice by
 * enumerating them, including a store added later, without a hand-kept list.
 */
export type StoredKey = `rid.${string}` | `reform-index:${string}`;

const APP_KEY_PREFIXES = ['rid.', 'reform-index:'] as const;

export function isStoredKey(key: string): key is StoredKey {
  return APP_KEY_PREFIXES.some((prefix) => key.startsWith(prefix));
}

/** localStorage that never throws (private mode, quota, disabled storage all fall back to defaults). */
export function readStored(key: StoredKey): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

const writeListeners = new Set<(key: StoredKey) => void>();

/** Called after each write of this page (not another tab's) with the key written. */
export function subscribeStored(listener: (key: StoredKey) => void): () => void {
  writeListeners.add(listener);
  return () => writeListeners.delete(listener);
}

export function writeStored(key: StoredKey, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // Remembering a preference is a convenience; the URL still carries the view.
  }
  for (const listener of writeListeners) listener(key);
}

/** Every app key kept in this browser with its value, sorted by key. */
export function listStoredEntries(): [StoredKey, string][] {
  const entries: [StoredKey, string][] = [];
  try {
    const storage = window.localStorage;
    for (let position = 0; position < storage.length; position += 1) {
      const key = storage.key(position);
      if (key === null || !isStoredKey(key)) continue;
      const value = storage.getItem(key);
      if (value !== null) entries.push([key, value]);
    }
  } catch {
    // No storage: nothing is remembered.
  }
  return entries.sort(([a], [b]) => a.localeCompare(b));
}

/**
 * Makes the app's keys exactly `entries` (a workspace opened): keys it does not name are removed.
 * False when the browser refused a value (quota, disabled storage).
 */
export function replaceStoredEntries(entries: readonly (readonly [StoredKey, string])[]): boolean {
  const wanted = new Map(entries);
  for (const [key] of listStoredEntries()) if (!wanted.has(key)) writeStored(key, null);
  for (const [key, value] of wanted) writeStored(key, value);
  return [...wanted].every(([key, value]) => readStored(key) === value);
}
