import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Dialog, Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { useSharedApp, waitForDataReady } from './support/browser';

const repoRoot = path.resolve(__dirname, '../..');
const corpusDir = path.resolve(repoRoot, 'test/fixtures/csv-corpus');
const corpus = (name: string) => path.join(corpusDir, name);

interface ExpectedIssue {
  code: string;
  line?: number;
  column?: string | number | string[];
}
const expected = JSON.parse(readFileSync(corpus('expected.json'), 'utf8')) as {
  files: Record<string, { verdict: 'accept' | 'reject'; errors?: ExpectedIssue[] }>;
};

const ACCEPT = /Đã nhập tệp/;
/** Corpus files whose rows an earlier file of the list already loaded. */
const ROWS_ALREADY_LOADED = new Set(['02_utf16le_bom_tab.txt']);
const report = (page: Page, fileName: string): Locator =>
  page.locator('.import-report').filter({ hasText: fileName });

/** Picks a file through the header control and returns its new report (earlier ones stay until dismissed). */
async function importThroughInput(page: Page, file: string): Promise<{ role: string; text: string }> {
  const name = path.basename(file);
  const earlier = await report(page, name).count();
  await page.getByLabel('Nhập CSV').setInputFiles(file);
  const shown = report(page, name).nth(earlier);
  await shown.waitFor({ timeout: 60_000 });
  return { role: (await shown.getAttribute('role')) ?? '', text: (await shown.textContent()) ?? '' };
}

/** Where an expected error must be named: "Dòng 8, cột unit_name", or only "Dòng 11" for a key. */
function locationOf(issue: ExpectedIssue): string | null {
  if (issue.line === undefined) return null;
  return typeof issue.column === 'string' ? `Dòng ${issue.line}, cột ${issue.column}` : `Dòng ${issue.line}`;
}

const datasetRows = (page: Page) => page.locator('.datasets-table tbody tr');

async function datasetTableText(page: Page): Promise<string[]> {
  await datasetRows(page).first().waitFor();
  return datasetRows(page).allTextContents();
}

// One browser, one context (so IndexedDB survives the reloads), three page loads for the whole file.
describe('importing CSV files through the real UI of the built app', () => {
  let tmp: string;
  const dialogs: string[] = [];
  const app = useSharedApp('', {
    ready: async () => {
      tmp = mkdtempSync(path.join(tmpdir(), 'import-e2e-'));
      app.page.on('dialog', (dialog: Dialog) => {
        dialogs.push(`${dialog.type()}: ${dialog.message()}`);
        void dialog.accept();
      });
      await waitForDataReady(app.page);
    },
  });

  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it.each([
    '00_valid_baseline.csv',
    '02_utf16le_bom_tab.txt',
    '04_tcvn3_abc_legacy.csv',
    '12_thousands_dot_decimal_comma.csv',
    '20_empty_file.csv',
    '34_non_numeric_garbage.csv',
    '36_duplicate_key_conflict.csv',
    '38_year_formats.csv',
    '48_xlsx_renamed_to_csv.csv',
  ])('reports %s as expected.json says, naming the file, lines and columns', async (name) => {
    const want = expected.files[name];
    const { role, text } = await importThroughInput(app.page, corpus(name));
    expect(text).toContain(name);
    if (ROWS_ALREADY_LOADED.has(name)) {
      // Its rows are those of 00, imported just before: refused as nothing new, never a 0-row dataset.
      expect(role).toBe('alert');
      expect(text).toContain('không có gì mới');
      return;
    }
    if (want?.verdict === 'accept') {
      expect(role).toBe('status');
      expect(text).toMatch(ACCEPT);
      return;
    }
    expect(role).toBe('alert');
    for (const issue of want?.errors ?? []) {
      const where = locationOf(issue);
      if (where) expect(text).toContain(where);
    }
    // Every message is worded in Vietnamese: no English machine hint leaks into it.
    expect(text).not.toMatch(/expected header|signature|suspected/);
  });

  it('shows HTML and script in names as text: no markup, no dialog, no CSP violation (42)', async () => {
    const name = '42_html_script_in_names.csv';
    const { role, text } = await importThroughInput(app.page, corpus(name));
    expect(text).toContain(name);
    expect(role === 'status' || role === 'alert').toBe(true);
    await app.page.goto(new URL('#/data', app.appUrl).href);
    await datasetRows(app.page).first().waitFor();
    const injected = await app.page.evaluate(
      () => document.querySelectorAll('img[src="x"], svg[onload], script:not([src])').length,
    );
    expect(injected).toBe(0);
    expect(dialogs).toEqual([]);
    expect(await app.cspViolations()).toEqual([]);
  });

  it('rejects a 1 MiB field without ever putting it in the page (32)', async () => {
    const name = '32_field_1MB.csv';
    const { role, text } = await importThroughInput(app.page, corpus(name));
    expect(role).toBe('alert');
    expect(text).toContain('Dòng 2, cột component_name');
    expect(await app.page.evaluate(() => document.body.innerHTML.length)).toBeLessThan(200_000);
  });

  it('leaves the data screen unchanged when a rejected file follows an accepted one', async () => {
    const before = await datasetTableText(app.page);
    const { role } = await importThroughInput(app.page, corpus('36_duplicate_key_conflict.csv'));
    expect(role).toBe('alert');
    expect(await datasetTableText(app.page)).toEqual(before);
  });

  it('converts the wide layout (30) once asked for index, year and level', async () => {
    const name = '30_wide_published_layout.csv';
    const { role, text } = await importThroughInput(app.page, corpus(name));
    expect(role).toBe('alert');
    expect(text).toContain('Dòng 1');
    expect(text).toContain('tiêu đề mong đợi: index,year,');
    const form = app.page.locator('form.wide-form');
    await form.getByLabel('Chỉ số').selectOption('PAR');
    await form.getByLabel('Năm').fill('2023');
    await form.getByLabel('Cấp đơn vị').selectOption('province');
    // Submitted from the keyboard (Enter in the year field), as a keyboard user would.
    await form.getByLabel('Năm').press('Enter');
    const accepted = app.page.getByRole('status').filter({ hasText: `Đã nhập tệp “${name}”` });
    await accepted.waitFor({ timeout: 60_000 });
  });

  it('imports a file dropped anywhere on the page', async () => {
    // Another year than corpus 12's rows, which an earlier test loaded: rows already loaded are not new.
    const text = readFileSync(corpus('14_comma_decimal_quoted_in_comma_file.csv'), 'utf8').replace(
      /^PAR,2023,/gm,
      'PAR,2018,',
    );
    const name = '14_dropped.csv';
    await app.page.evaluate(
      ({ content, fileName }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([content], fileName, { type: 'text/csv' }));
        const target = document.querySelector('main') ?? document.body;
        for (const type of ['dragenter', 'dragover', 'drop']) {
          target.dispatchEvent(
            new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }),
          );
        }
      },
      { content: text, fileName: name },
    );
    const shown = report(app.page, name);
    await shown.waitFor({ timeout: 60_000 });
    expect(await shown.getAttribute('role')).toBe('status');
  });

  it('cancels a long import: the prepare worker stops and nothing changes', async () => {
    const big = path.join(tmp, 'long-400000.csv');
    writeFileSync(
      big,
      execFileSync(process.execPath, [path.join(repoRoot, 'scripts/gen-long-csv.mjs'), '400000'], {
        maxBuffer: 1 << 28,
      }),
    );
    const before = await datasetTableText(app.page);
    await app.page.getByLabel('Nhập CSV').setInputFiles(big);
    await app.page.getByRole('button', { name: 'Huỷ' }).click({ timeout: 30_000 });
    await app.page
      .getByRole('status')
      .filter({ hasText: 'Đã huỷ nhập tệp “long-400000.csv”' })
      .waitFor({ timeout: 30_000 });
    expect(await datasetTableText(app.page)).toEqual(before);
  });

  it('keeps an accepted import across a reload and forgets it after "Xoá"', async () => {
    const name = '00_valid_baseline.csv';
    await app.page.reload();
    await waitForDataReady(app.page);
    const row = datasetRows(app.page).filter({ hasText: name });
    await row.waitFor({ timeout: 30_000 });
    await row.getByRole('button', { name: /^Xoá/ }).click();
    await row.waitFor({ state: 'detached', timeout: 30_000 });
    await app.page.reload();
    await waitForDataReady(app.page);
    await datasetRows(app.page).first().waitFor();
    expect(await datasetRows(app.page).filter({ hasText: name }).count()).toBe(0);
  });

  it('raises no page error, sends nothing off-origin and violates no CSP rule', async () => {
    expect(app.pageErrors).toEqual([]);
    expect(app.offOriginRequests).toEqual([]);
    expect(await app.cspViolations()).toEqual([]);
  });
});
