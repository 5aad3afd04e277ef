import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_IMPORT_ROWS } from '@/ingest/size-limit';
import { useSharedApp, waitForDataReady } from './support/browser';
import { importCsv, type ScratchDir, scratchDir } from './support/import-file';
import { storeDamagedImport, storedImports } from './support/stored-imports';
import { viFigure } from './support/vi-figures';

const repoRoot = path.resolve(__dirname, '../..');
/** Two million rows, or the largest file the browser takes if its limit were ever lower. */
const LARGE_ROWS = Math.min(2_000_000, MAX_IMPORT_ROWS);
const OVER_ROWS = Math.ceil(MAX_IMPORT_ROWS * 1.25);
const TRENDS = '#/trends?index=PAR&unit=U000001&lang=vi';
const PAPI_TRENDS = '#/trends?index=PAPI&unit=ha-tinh&lang=vi';

function generate(scratch: ScratchDir, rows: number): string {
  const file = path.join(scratch.path, `long-${rows}.csv`);
  execFileSync('sh', ['-c', `node scripts/gen-long-csv.mjs ${rows} > "${file}"`], { cwd: repoRoot });
  return file;
}

/** U000001's PAR total of 2024 as scripts/gen-long-csv.mjs writes it (row 179), in Vietnamese figures. */
const LATEST_TOTAL = ((((179 * 7919) % 10_000) / 10_000) * 100).toFixed(2).replace('.', ',');

/** The overview draws the unit's PAR card from the imported rows: its latest total, no error line. */
async function overviewDrawn(page: Page): Promise<void> {
  await page.goto(new URL('#/?unit=U000001&lang=vi', page.url()).href);
  const card = page.locator('article[data-index="PAR"]');
  const latest = card.getByTestId('latest-value');
  await latest.waitFor({ timeout: 300_000 });
  expect(await latest.textContent()).toContain(LATEST_TOTAL);
  expect(await card.textContent()).not.toMatch(/Không tính được|chưa có số liệu/);
}

const marks = (page: Page, name: string) =>
  page.evaluate((mark) => performance.getEntriesByName(mark).length, name);

/** U000001's PAR total of `year` as scripts/gen-long-csv.mjs writes it (10 years from 2015, TOTAL last of 9). */
const totalOf = (year: number) => ((((90 + (year - 2015) * 9 + 8) * 7919) % 10_000) / 10_000) * 100;

/** A drawn chart with a line, and no error line: the "no data" screen draws an empty chart too. */
async function chartDrawn(page: Page): Promise<void> {
  await page.locator('.trends svg[data-chart]').first().waitFor({ timeout: 300_000 });
  expect(await page.locator('.trends .chart-body:has(.recharts-line-curve)').count()).toBeGreaterThan(0);
  expect(await page.locator('.trends').textContent()).not.toMatch(/Không tính được/);
}

/**
 * The imported unit's trends: its 2023 total and change from 2022 (one PAR version), and a chart drawn.
 * The derived facts may still be building over all the rows: the screen reads them live meanwhile.
 */
async function trendsDrawn(page: Page): Promise<void> {
  await page.goto(new URL(TRENDS, page.url()).href);
  const row = page.locator('.trends tr[data-component="TOTAL"][data-year="2023"]');
  await row.waitFor({ timeout: 300_000 });
  const cells = await row.locator('td').allInnerTexts();
  const total2023 = Number(totalOf(2023).toFixed(2));
  expect(cells[0]).toBe(viFigure(total2023));
  expect(cells[1]).toContain(viFigure(total2023 - Number(totalOf(2022).toFixed(2)), true));
  await chartDrawn(page);
}

/** A bundled unit's trends (the imports refused or dropped): a year's figures and a chart drawn. */
async function bundledTrendsDrawn(page: Page): Promise<void> {
  await page.goto(new URL(PAPI_TRENDS, page.url()).href);
  await page.locator('.trends tr[data-component]').first().waitFor({ timeout: 300_000 });
  await chartDrawn(page);
}

/** A screen that ran out of memory says so instead of drawing: it must draw, with no such line. */
async function screenDrawn(page: Page, hash: string, mark: string): Promise<void> {
  await page.evaluate((name) => performance.clearMarks(name), mark);
  await page.goto(new URL(hash, page.url()).href);
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, {
    timeout: 300_000,
    polling: 100,
  });
  expect(await page.locator('main').textContent()).not.toMatch(/Không tính được/);
}

// One browser, one context (IndexedDB survives the reloads), the files generated once.
describe('large files: stored as rows, restored without the CSV, or refused up front', () => {
  let scratch: ScratchDir;
  const app = useSharedApp('#/data', {
    ready: async () => {
      scratch = scratchDir('large-e2e-');
      // "Xoá" asks to confirm: the user says yes.
      app.page.on('dialog', (dialog) => void dialog.accept());
      await waitForDataReady(app.page);
    },
    timeout: 120_000,
  });

  afterAll(() => {
    scratch.remove();
  });

  it(`imports ${LARGE_ROWS.toLocaleString('en')} rows, draws a unit's trends, and a reload restores them from stored rows`, async () => {
    const file = generate(scratch, LARGE_ROWS);
    const name = path.basename(file);
    await importCsv(app.page, file, 600_000);
    await app.page.waitForFunction(() => performance.getEntriesByName('import:persisted').length > 0, null, {
      timeout: 120_000,
    });
    expect(await storedImports(app.page)).toEqual([
      { id: expect.any(String), kind: 'arrow-rows-v1', fileName: name },
    ]);
    await trendsDrawn(app.page);
    await overviewDrawn(app.page);
    // The screens whose queries ran out of memory on large files: they compute with these rows too.
    await screenDrawn(
      app.page,
      '#/weak?index=PAR&year=2024&level=department&unit=U000001&lang=vi',
      'weak:drawn',
    );
    await screenDrawn(app.page, '#/awards?ruleset=soc-trang-2021-2030&year=2024&lang=vi', 'awards:drawn');

    await app.page.reload();
    await waitForDataReady(app.page, 120_000);
    // Restored from the stored rows: no CSV was prepared (scanned) on this load, one dataset was read back.
    expect(await marks(app.page, 'import:restored-rows')).toBe(1);
    expect(await marks(app.page, 'import:prepared')).toBe(0);
    await trendsDrawn(app.page);
    await app.page.goto(new URL('#/data', app.page.url()).href);
    const row = app.page.locator('.datasets-table tbody tr').filter({ hasText: name });
    await row.getByRole('button', { name: /^Xoá/ }).click();
    await row.waitFor({ state: 'detached', timeout: 60_000 });
    expect(await storedImports(app.page)).toEqual([]);
  }, 1_800_000);

  it('refuses a file over the limit before anything is stored, and the other screens still work', async () => {
    const file = generate(scratch, OVER_ROWS);
    const before = await app.page.locator('.datasets-table tbody tr').allTextContents();
    const stored = await storedImports(app.page);
    await app.page.getByLabel('Nhập CSV').setInputFiles(file);
    const refusal = app.page.locator('.import-report').filter({ hasText: path.basename(file) });
    await refusal.waitFor({ timeout: 60_000 });
    expect(await refusal.textContent()).toMatch(
      /Tệp có khoảng \d+(,\d)? triệu dòng, vượt giới hạn khoảng \d+(,\d)? triệu dòng của trình duyệt này; hãy chia tệp theo năm/,
    );
    expect(await marks(app.page, 'import:refused-size')).toBe(1);
    expect(await storedImports(app.page)).toEqual(stored);
    expect(await app.page.locator('.datasets-table tbody tr').allTextContents()).toEqual(before);
    await bundledTrendsDrawn(app.page);
  }, 400_000);

  it('starts without a damaged stored dataset, names it and why, and removes it on request', async () => {
    const stored = await storedImports(app.page);
    await storeDamagedImport(app.page, 'imp_damaged_1', 'hỏng.csv');
    await app.page.reload();
    await waitForDataReady(app.page, 120_000);
    const notice = app.page.locator('.restore-notice');
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.textContent()).toContain(
      '“hỏng.csv” chưa được nạp: bản lưu trong trình duyệt bị hỏng',
    );
    // The app itself works without it.
    await bundledTrendsDrawn(app.page);
    await notice.getByRole('button', { name: 'Xoá “hỏng.csv” khỏi trình duyệt' }).click();
    await notice.waitFor({ state: 'detached' });
    expect(await storedImports(app.page)).toEqual(stored);
    await app.page.reload();
    await waitForDataReady(app.page, 120_000);
    expect(await app.page.locator('.restore-notice').count()).toBe(0);
  }, 400_000);

  it('raises no page error and sends nothing off-origin', async () => {
    expect(app.pageErrors).toEqual([]);
    expect(app.offOriginRequests).toEqual([]);
  });
});
