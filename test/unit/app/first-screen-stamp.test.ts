import { describe, expect, it } from 'vitest';
import { firstScreenStamp, storedImportKeys } from '@/app/first-screen-stamp';
import type { ListedImport } from '@/lib/persisted-imports';

const BUILD = 'build-a';
const a = { id: 'imp_a', contentHash: 'hash-a' };
const b = { id: 'imp_b', contentHash: 'hash-b' };

function rowsEntry(id: string, contentHash: string | null): ListedImport {
  return {
    kind: 'arrow-rows-v1',
    id,
    fileName: `${id}.csv`,
    label: id,
    addedAt: '2026-01-01T00:00:00.000Z',
    contentHash,
    rowCount: 3,
    parts: [],
  };
}

describe('the stamp of the first screen over own data', () => {
  it('is equal for the same build and imports, in whatever order they are listed', () => {
    expect(firstScreenStamp(BUILD, [a, b])).toBe(firstScreenStamp(BUILD, [b, a]));
  });

  it('changes with an import added, one removed, or one whose rows differ', () => {
    const kept = firstScreenStamp(BUILD, [a, b]);
    expect(firstScreenStamp(BUILD, [a, b, { id: 'imp_c', contentHash: 'hash-c' }])).not.toBe(kept);
    expect(firstScreenStamp(BUILD, [a])).not.toBe(kept);
    expect(firstScreenStamp(BUILD, [a, { ...b, contentHash: 'hash-b2' }])).not.toBe(kept);
    expect(firstScreenStamp(BUILD, [a, { ...b, contentHash: null }])).not.toBe(kept);
    // The same rows under another dataset id are another import (its own lines in the data screen).
    expect(firstScreenStamp(BUILD, [a, { ...b, id: 'imp_b2' }])).not.toBe(kept);
  });

  it('changes with the build', () => {
    expect(firstScreenStamp('build-b', [a, b])).not.toBe(firstScreenStamp(BUILD, [a, b]));
  });

  it('cannot be forged by ids or hashes that contain separators', () => {
    const one = firstScreenStamp(BUILD, [{ id: 'x","y', contentHash: 'z' }]);
    const two = firstScreenStamp(BUILD, [{ id: 'x', contentHash: 'y","z' }]);
    expect(one).not.toBe(two);
  });
});

describe('the imports a reload loads, read from the browser store', () => {
  it('are the stored rows entries, with their content hashes', () => {
    expect(storedImportKeys([rowsEntry('imp_a', 'hash-a'), rowsEntry('imp_b', null)])).toEqual([
      a,
      { id: 'imp_b', contentHash: null },
    ]);
    expect(storedImportKeys([])).toEqual([]);
  });

  it('are unknown while an entry is a file to import again, or unreadable', () => {
    const csv: ListedImport = { id: 'imp_c', fileName: 'c.csv', file: new Blob(['x']), addedAt: '' };
    const unreadable: ListedImport = { kind: 'unreadable', id: 'imp_d', fileName: 'd.csv', addedAt: '' };
    expect(storedImportKeys([rowsEntry('imp_a', 'hash-a'), csv])).toBeNull();
    expect(storedImportKeys([unreadable])).toBeNull();
  });

  it('stamp equal to the engine state read the same way', () => {
    const fromStore = storedImportKeys([rowsEntry('imp_b', 'hash-b'), rowsEntry('imp_a', 'hash-a')]);
    expect(fromStore).not.toBeNull();
    expect(firstScreenStamp(BUILD, fromStore ?? [])).toBe(firstScreenStamp(BUILD, [a, b]));
  });
});
