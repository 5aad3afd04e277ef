import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';

/**
 * Picks `file` through the "Nhập CSV" input and waits until its report says "Đã nhập tệp" and names
 * the file.
 */
export async function importCsv(page: Page, file: string, timeout = 60_000): Promise<void> {
  await page.getByLabel('Nhập CSV').setInputFiles(file);
  await page
    .locator('.import-report')
    .filter({ hasText: /Đã nhập tệp/ })
    .filter({ hasText: path.basename(file) })
    .waitFor({ timeout });
}

/** A new folder under the system's temporary one, for the files a test generates to import. */
export interface ScratchDir {
  readonly path: string;
  /** Writes `text` as the file `name` in the folder and returns its full path. */
  write(name: string, text: string): string;
  /** Deletes the folder and every file in it. */
  remove(): void;
}

export function scratchDir(prefix: string): ScratchDir {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return {
    path: dir,
    write(name, text) {
      const file = path.join(dir, name);
      writeFileSync(file, text);
      return file;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
