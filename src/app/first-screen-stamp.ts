import type { ListedImport } from '@/lib/persisted-imports';

/** One stored import as the first screen's answers depend on it: which dataset, with which rows. */
export interface StampedImport {
  readonly id: string;
  readonly contentHash: string | null;
}

/**
 * What the first screen's answers are computed from, once the user has own data: the build (its code
 * and its bundled data and SQL) and the imports loaded. Registries and settings are not in it: the
 * first screen's SQL reads neither, and what the user picks (scope, home unit) only chooses among the
 * answers, each kept under its own query key. Equal stamps, equal answers; the stamp is the canonical
 * text itself, so two different states can never share one.
 */
export function firstScreenStamp(build: string, imports: readonly StampedImport[]): string {
  const sorted = [...imports]
    .map(({ id, contentHash }) => [id, contentHash] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify({ build, imports: sorted });
}

/**
 * The imports a reload will load, read from the browser's store; null when one of them is not kept as
 * checked rows (a file to import again, or an unreadable entry): what it will load is not known.
 */
export function storedImportKeys(listed: readonly ListedImport[]): StampedImport[] | null {
  const keys: StampedImport[] = [];
  for (const entry of listed) {
    if (entry.kind !== 'arrow-rows-v1') return null;
    keys.push({ id: entry.id, contentHash: entry.contentHash });
  }
  return keys;
}
