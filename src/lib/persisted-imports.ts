import type { IndexCode } from '@/domain/catalogue';
import { idbDelete, idbGetAll, idbPut } from '@/lib/idb-store';

/** The kind of entry that keeps a dataset's rows as DuckDB wrote them (Arrow IPC, gzipped parts). */
export const STORED_ROWS_KIND = 'arrow-rows-v1';

/**
 * An import kept as the file picked, as every entry was before rows were stored: restored by importing
 * the file again (once), then rewritten as stored rows.
 */
export interface PersistedCsvImport {
  readonly kind?: 'csv';
  readonly id: string;
  readonly fileName: string;
  /**
   * The file as picked. IndexedDB stores a Blob by reference and copies its bytes off the page, where
   * storing a 100 MB Uint8Array would structured-clone it on the main thread.
   */
  readonly file: Blob;
  readonly addedAt: string;
  readonly wide?: { index: IndexCode; year: number; unitLevel: string };
}

/**
 * An import kept as its checked rows, written once after the import committed: a reload reads them
 * back into DuckDB without parsing or checking the CSV again.
 */
export interface PersistedRowsImport {
  readonly kind: typeof STORED_ROWS_KIND;
  readonly id: string;
  readonly fileName: string;
  readonly label: string;
  readonly addedAt: string;
  readonly contentHash: string | null;
  readonly rowCount: number;
  /** Arrow IPC streams of the dataset's rows, gzipped, in parts so no step holds them all at once. */
  readonly parts: readonly Blob[];
}

/** An entry that cannot be read at all (a format this app does not know, or a damaged record). */
export interface UnreadableImport {
  readonly kind: 'unreadable';
  readonly id: string;
  readonly fileName: string;
  readonly addedAt: string;
}

export type PersistedImport = PersistedCsvImport | PersistedRowsImport;
export type ListedImport = PersistedImport | UnreadableImport;

/** Entries written before files were stored as Blobs carry `bytes` instead. */
type StoredImport = Record<string, unknown> & { id: string };

const text = (value: unknown, fallback: string): string => (typeof value === 'string' ? value : fallback);

function upgraded(stored: StoredImport): ListedImport {
  const fileName = text(stored.fileName, stored.id);
  const addedAt = text(stored.addedAt, '');
  const { kind, file, bytes, parts, rowCount } = stored;
  if (kind === STORED_ROWS_KIND) {
    const whole = Array.isArray(parts) && parts.every((part) => part instanceof Blob);
    if (whole && typeof rowCount === 'number') return stored as unknown as PersistedRowsImport;
  } else if (kind === undefined || kind === 'csv') {
    const csv = stored as unknown as PersistedCsvImport;
    if (file instanceof Blob) return csv;
    if (bytes instanceof Uint8Array) return { ...csv, file: new Blob([bytes as Uint8Array<ArrayBuffer>]) };
  }
  return { kind: 'unreadable', id: stored.id, fileName, addedAt };
}

/** Every stored import, oldest first; entries that cannot be read are listed as such, never dropped. */
export async function listPersistedImports(): Promise<ListedImport[]> {
  try {
    const all = await idbGetAll<StoredImport>('imports');
    return all
      .filter((entry) => typeof entry?.id === 'string')
      .map(upgraded)
      .sort((a, b) => a.addedAt.localeCompare(b.addedAt));
  } catch {
    // No IndexedDB (private mode, policy): imports then last for the session only.
    return [];
  }
}

/** Writes (or replaces, under the same id) one entry; false when the browser refused to store it. */
export async function persistImport(entry: PersistedImport): Promise<boolean> {
  try {
    await idbPut('imports', entry);
    return true;
  } catch {
    return false;
  }
}

export async function forgetImport(id: string): Promise<void> {
  try {
    await idbDelete('imports', id);
  } catch {
    // Nothing stored: nothing to forget.
  }
}
