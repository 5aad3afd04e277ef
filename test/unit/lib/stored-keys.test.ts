import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isStoredKey } from '@/lib/stored-value';

const SRC = path.resolve(import.meta.dirname, '../../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

const sources = sourceFiles(SRC).map((file) => ({
  file: path.relative(path.resolve(SRC, '..'), file),
  text: readFileSync(file, 'utf8'),
}));

/**
 * The workspace file takes every persisted value by enumerating the app's keys (stored-value.ts) and
 * its IndexedDB stores (idb-store.ts). That holds only while nothing else reaches browser storage.
 */
describe('every persisted value goes through the one registry the workspace file enumerates', () => {
  it('only src/lib/stored-value.ts touches localStorage', () => {
    const touching = sources
      .filter(({ text }) =>
        /\b(?:window\.)?localStorage\.(?:getItem|setItem|removeItem|key|clear|length)\b/.test(text),
      )
      .map(({ file }) => file);
    expect(touching).toEqual(['src/lib/stored-value.ts']);
  });

  it('only src/lib/idb-store.ts opens IndexedDB', () => {
    const touching = sources.filter(({ text }) => /\bindexedDB\s*\./.test(text)).map(({ file }) => file);
    expect(touching).toEqual(['src/lib/idb-store.ts']);
  });

  it('every key named in the code is an app key, so the export lists it', () => {
    const literals = sources.flatMap(({ text }) =>
      [...text.matchAll(/(?:\b(?:STORAGE_)?KEY\s*=\s*|useStoredFile\()'([^']+)'/g)].map(
        (match) => match[1] ?? '',
      ),
    );
    expect(literals.length).toBeGreaterThan(5);
    expect(
      literals.filter((key) => key.includes('.') || key.includes(':')).filter((key) => !isStoredKey(key)),
    ).toEqual([]);
  });
});
