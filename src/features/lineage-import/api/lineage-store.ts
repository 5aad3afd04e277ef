import type { LineageLink } from '@/domain/lineage';
import { readStored, writeStored } from '@/lib/stored-value';

const STORAGE_KEY = 'reform-index:lineage-import';
/** A district's communes or a province's departments: a few hundred links at most fit easily. */
export const MAX_STORED_CHARS = 200_000;

export interface StoredLineage {
  readonly fileName: string;
  readonly importedAt: string;
  readonly links: readonly LineageLink[];
}

function isLink(value: unknown): value is LineageLink {
  if (typeof value !== 'object' || value === null) return false;
  const link = value as Record<string, unknown>;
  return (
    typeof link.oldCode === 'string' &&
    typeof link.newCode === 'string' &&
    typeof link.effectiveYear === 'number'
  );
}

/** The imported lineage kept in this browser, or null (none, or unreadable: then it is ignored). */
export function readStoredLineage(): StoredLineage | null {
  const text = readStored(STORAGE_KEY);
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const entry = value as Record<string, unknown>;
    if (typeof entry.fileName !== 'string' || !Array.isArray(entry.links) || !entry.links.every(isLink))
      return null;
    return {
      fileName: entry.fileName,
      importedAt: typeof entry.importedAt === 'string' ? entry.importedAt : '',
      links: entry.links.map((link: LineageLink) => ({ ...link, oldName: null, newName: null })),
    };
  } catch {
    return null;
  }
}

/** False when the file is too large to keep: it then applies for this session only. */
export function storeLineage(entry: StoredLineage | null): boolean {
  if (entry === null) {
    writeStored(STORAGE_KEY, null);
    return true;
  }
  const text = JSON.stringify(entry);
  if (text.length > MAX_STORED_CHARS) {
    writeStored(STORAGE_KEY, null);
    return false;
  }
  writeStored(STORAGE_KEY, text);
  return readStored(STORAGE_KEY) === text;
}
