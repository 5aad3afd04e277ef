import { isStoredKey } from '@/lib/stored-value';
import type { WorkspaceSettings } from './format';
import type { WorkspaceProblem } from './problems';

type Checked = { ok: true; value: WorkspaceSettings } | { ok: false; problem: WorkspaceProblem };

function fail(part: string, field: string, detail?: string): Checked {
  return {
    ok: false,
    problem:
      detail === undefined
        ? { code: 'bad-settings', part, field }
        : { code: 'bad-settings', part, field, detail },
  };
}

/** settings.json: app keys with text values, and arrays of entries for the other IndexedDB stores. */
export function readSettings(part: string, bytes: Uint8Array, stores: readonly string[]): Checked {
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    return fail(part, part, error instanceof Error ? error.message : String(error));
  }
  if (typeof raw !== 'object' || raw === null) return fail(part, part);
  const { localStorage, indexedDb } = raw as Record<string, unknown>;
  if (typeof localStorage !== 'object' || localStorage === null || Array.isArray(localStorage))
    return fail(part, 'localStorage');
  const kept: Record<string, string> = {};
  for (const [key, value] of Object.entries(localStorage)) {
    if (!isStoredKey(key)) return fail(part, `localStorage.${key}`);
    if (typeof value !== 'string') return fail(part, `localStorage.${key}`);
    kept[key] = value;
  }
  if (typeof indexedDb !== 'object' || indexedDb === null || Array.isArray(indexedDb))
    return fail(part, 'indexedDb');
  const tables: Record<string, readonly unknown[]> = {};
  for (const [store, entries] of Object.entries(indexedDb)) {
    if (!stores.includes(store)) return fail(part, `indexedDb.${store}`);
    if (!Array.isArray(entries)) return fail(part, `indexedDb.${store}`);
    tables[store] = entries;
  }
  return { ok: true, value: { localStorage: kept, indexedDb: tables } };
}
