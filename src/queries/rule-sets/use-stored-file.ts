import { useCallback, useState } from 'react';
import { readStored, type StoredKey, writeStored } from '@/lib/stored-value';

/** A small text file the user loaded (a rule set, an advising map): its name and content. */
export interface StoredFile {
  readonly name: string;
  readonly text: string;
}

/** A stored file as kept under its key (JSON of name and text); null for anything else. */
export function parseStoredFile(raw: string | null): StoredFile | null {
  if (raw === null) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { name, text } = value as Record<string, unknown>;
    return typeof name === 'string' && typeof text === 'string' ? { name, text } : null;
  } catch {
    return null;
  }
}

/**
 * Kept in this browser so that a reload (or the permalink of a loaded rule set) finds the file again:
 * a file input cannot be refilled by the page.
 */
export function useStoredFile(key: StoredKey): [StoredFile | null, (file: StoredFile | null) => void] {
  const [file, setFile] = useState(() => parseStoredFile(readStored(key)));
  const save = useCallback(
    (next: StoredFile | null) => {
      writeStored(key, next ? JSON.stringify(next) : null);
      setFile(next);
    },
    [key],
  );
  return [file, save];
}
