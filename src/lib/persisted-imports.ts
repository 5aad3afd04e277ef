import type { IndexCode } from '@/domain/catalogue';
import { idbDelete, idbGetAll, idbPut } from '@/lib/idb-store';

/** What is kept of an accepted import so that it loads again, through the same checks, after a reload. */
export interface PersistedImport {
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

/** Entries written before files were stored as Blobs carry `bytes` instead. */
type StoredImport = Omit<PersistedImport, 'file'> & { file?: Blob; bytes?: Uint8Array<ArrayBuffer> };

function upgraded(stored: StoredImport): PersistedImport | null {
  const { bytes, file, ...rest } = stored;
  if (file instanceof Blob) return { ...rest, file };
  return bytes instanceof Uint8Array ? { ...rest, file: new Blob([bytes]) } : null;
}

export async function listPersistedImports(): Promise<PersistedImport[]> {
  try {
    const all = await idbGetAll<StoredImport>('imports');
    return all
      .map(upgraded)
      .filter((entry): entry is PersistedImport => entry !== null)
      .sort((a, b) => a.addedAt.localeCompare(b.addedAt));
  } catch {
    // No IndexedDB (private mode, policy): imports then last for the session only.
    return [];
  }
}

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
