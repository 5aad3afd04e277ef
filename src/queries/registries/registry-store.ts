import { useSyncExternalStore } from 'react';
import { parseAdvisingCsv } from '@/domain/awards/advising-registry';
import {
  type AdvisingRow,
  BLOCK_TARGETS,
  type BlockRow,
  type RegistryKind,
  type RegistryRows,
} from '@/domain/registries/registry-types';
import { readStored, type StoredKey, writeStored } from '@/lib/stored-value';

/**
 * The user's registries, kept with the app's other remembered values (src/lib/stored-value.ts) so that
 * they survive a reload and travel with everything else the user added. `null`: the user has none
 * (the sample keeps its own advising map; the rule set's block defaults apply).
 */
export const REGISTRY_STORAGE_KEYS: { readonly [K in RegistryKind]: StoredKey } = {
  advising: 'rid.registry.advising',
  blocks: 'rid.registry.blocks',
};

export interface StoredRegistry<K extends RegistryKind> {
  /** The file it came from, or null when it was made or edited on screen. */
  readonly source: string | null;
  readonly rows: RegistryRows[K];
}

const isAdvising = (row: unknown): row is AdvisingRow => {
  const value = row as Partial<Record<string, unknown>>;
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof value.year === 'number' &&
    typeof value.component === 'string' &&
    typeof value.unitCode === 'string'
  );
};
const isBlock = (row: unknown): row is BlockRow => {
  const value = row as Partial<Record<string, unknown>>;
  return (
    typeof value === 'object' &&
    value !== null &&
    BLOCK_TARGETS.some((target) => target === value.target) &&
    typeof value.code === 'string' &&
    typeof value.block === 'string'
  );
};

/** A damaged stored value is dropped whole, never half-used. */
export function parseStoredRegistry<K extends RegistryKind>(
  kind: K,
  raw: string | null,
): StoredRegistry<K> | null {
  if (raw === null) return null;
  try {
    const value = JSON.parse(raw) as { source?: unknown; rows?: unknown };
    const check = kind === 'advising' ? isAdvising : isBlock;
    if (!Array.isArray(value.rows) || !value.rows.every(check)) return null;
    const source = typeof value.source === 'string' ? value.source : null;
    return { source, rows: value.rows as unknown as RegistryRows[K] };
  } catch {
    return null;
  }
}

// Before the registries, the awards screen kept the advising file it was given under this key.
const LEGACY_ADVISING_KEY = 'rid.awards.advising-file';

/** Moves an advising file kept the old way into the registry once, if it reads cleanly. */
function migrateLegacyAdvising(): void {
  const raw = readStored(LEGACY_ADVISING_KEY);
  if (raw === null) return;
  writeStored(LEGACY_ADVISING_KEY, null);
  if (readStored(REGISTRY_STORAGE_KEYS.advising) !== null) return;
  try {
    const { name, text } = JSON.parse(raw) as { name?: unknown; text?: unknown };
    if (typeof text !== 'string') return;
    const parsed = parseAdvisingCsv(text);
    if (parsed.badLines.length > 0 || parsed.entries.length === 0) return;
    const source = typeof name === 'string' ? name : null;
    writeStored(REGISTRY_STORAGE_KEYS.advising, JSON.stringify({ source, rows: parsed.entries }));
  } catch {
    // A damaged old value is dropped, as any damaged stored value is.
  }
}

let migrated = false;

const listeners = new Set<() => void>();
const cache = new Map<RegistryKind, { raw: string | null; value: StoredRegistry<RegistryKind> | null }>();

function snapshot<K extends RegistryKind>(kind: K): StoredRegistry<K> | null {
  if (!migrated) {
    migrated = true;
    migrateLegacyAdvising();
  }
  const raw = readStored(REGISTRY_STORAGE_KEYS[kind]);
  const hit = cache.get(kind);
  if (hit && hit.raw === raw) return hit.value as StoredRegistry<K> | null;
  const value = parseStoredRegistry(kind, raw);
  cache.set(kind, { raw, value });
  return value;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab's change arrives as a storage event.
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

export function saveRegistry<K extends RegistryKind>(kind: K, value: StoredRegistry<K> | null): void {
  writeStored(REGISTRY_STORAGE_KEYS[kind], value === null ? null : JSON.stringify(value));
  for (const listener of listeners) listener();
}

export function readRegistry<K extends RegistryKind>(kind: K): StoredRegistry<K> | null {
  return snapshot(kind);
}

/** The registry as stored now; every screen showing it redraws when any of them saves. */
export function useRegistry<K extends RegistryKind>(kind: K): StoredRegistry<K> | null {
  return useSyncExternalStore(
    subscribe,
    () => snapshot(kind),
    () => null,
  );
}
