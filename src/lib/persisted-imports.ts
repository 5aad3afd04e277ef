import type { IndexCode } from '@/domain/catalogue';
import { idbDelete, idbGetAll, idbPut } from '@/lib/idb-store';

/** What is kept of an accepted import so that it loads again, through the same checks, after a reload. */
export interface PersistedImport {
  readonly id: string;
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly addedAt: string;
  readonly wide?: { index: IndexCode; year: number; unitLevel: string };
}

export async function listPersistedImports(): Promise<PersistedImport[]> {
  try {
    const all = await idbGetAll<PersistedImport>('imports');
    return all.sort((a, b) => a.addedAt.localeCompare(b.addedAt));
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
