import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppSession, launchBrowser, openApp, waitForDataReady } from './support/browser';

const FIXTURE = fileURLToPath(new URL('./fixtures/awards/noi-bo-khong-khoi.csv', import.meta.url));
const FILE_NAME = 'noi-bo-khong-khoi.csv';
const UNITS = ['tn-so-y-te', 'tn-so-cong-thuong', 'tn-huyen-an-phu', 'tn-huyen-binh-son'];

const textOf = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ');

function waitForMark(page: Page, mark: string) {
  return page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, {
    timeout: 60_000,
    polling: 50,
  });
}

/** The verdict rows of the units certificate, unit by unit, as the screen shows them. */
async function verdicts(page: Page): Promise<string[]> {
  await page.getByRole('link', { name: 'Khen thưởng' }).click();
  await waitForMark(page, 'awards:drawn');
  const rows = (unit: string) =>
    page.locator(`section[aria-labelledby="rule-bang-khen-don-vi"] tr[data-unit="${unit}"]`);
  await expect.poll(() => rows('tn-so-y-te').count(), { timeout: 30_000 }).toBe(1);
  return Promise.all(UNITS.map(async (unit) => `${unit}: ${await textOf(rows(unit))}`));
}

/** The data screen's dataset list, less the time each was added (a new import has a new time). */
async function datasetList(page: Page): Promise<string[]> {
  await page.getByRole('link', { name: 'Dữ liệu', exact: true }).click();
  const table = page.locator('section[aria-labelledby="datasets-heading"] table tbody tr');
  await expect.poll(() => table.filter({ hasText: FILE_NAME }).count(), { timeout: 60_000 }).toBe(1);
  const rows = await table.all();
  return Promise.all(
    rows.map(async (row) => (await textOf(row)).replace(/\d{1,2}[/:]\d{2}([/:]\d{2,4})*/g, '')),
  );
}

async function storage(page: Page) {
  return page.evaluate(() => Object.fromEntries(Object.entries(window.localStorage)));
}

describe('a workspace file carries an own-data state to a browser with empty storage', () => {
  let browser: Browser;
  let first: AppSession;
  let second: AppSession;
  let before: { verdicts: string[]; datasets: string[] };
  let exported: Uint8Array;

  beforeAll(async () => {
    browser = await launchBrowser();
    first = await openApp(browser, '#/data');
    await waitForDataReady(first.page);
  });

  afterAll(async () => {
    await first?.close();
    await browser?.close();
  });

  it('imports a dataset with no block column, notes the verdicts, and exports everything (a download)', async () => {
    await first.page.getByLabel('Nhập CSV').setInputFiles(FIXTURE);
    await first.page.locator('.import-report').filter({ hasText: FILE_NAME }).waitFor({ timeout: 60_000 });
    before = { verdicts: await verdicts(first.page), datasets: await datasetList(first.page) };
    expect(first.pageErrors).toEqual([]);
    expect(before.verdicts.join('\n')).toContain('Cần Hội đồng xác nhận');
    const [download] = await Promise.all([
      first.page.waitForEvent('download'),
      first.page.getByRole('button', { name: 'Xuất không gian làm việc…' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^khong-gian-lam-viec-\d{4}-\d{2}-\d{2}\.zip$/);
    exported = new Uint8Array(await readFile(await download.path()));
    const files = unzipSync(exported);
    const manifest = JSON.parse(strFromU8(files['manifest.json'] ?? new Uint8Array())) as {
      parts: { kind: string; name: string; rows: number; keys?: string[]; fileName?: string }[];
    };
    expect(manifest.parts.filter((part) => part.kind === 'dataset')).toMatchObject([
      { fileName: FILE_NAME, rows: 80 },
    ]);
    // Every value this browser keeps is in the file: nothing persisted is left behind.
    const keys = manifest.parts.find((part) => part.kind === 'settings')?.keys ?? [];
    const kept = Object.keys(await storage(first.page));
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.filter((key) => !keys.includes(key))).toEqual([]);
  });

  it('opens it in a browser with empty storage and shows the same data screen and verdicts', async () => {
    // The same tab with its storage emptied: no other context is needed (and this headless browser
    // shares IndexedDB between contexts, so a new one alone would not be empty).
    second = first;

    await second.page.evaluate(
      () =>
        new Promise((resolve) => {
          window.localStorage.clear();
          const request = indexedDB.deleteDatabase('reform-index-dashboard');
          request.onsuccess = request.onerror = request.onblocked = () => resolve(null);
        }),
    );
    await second.page.reload();
    await waitForDataReady(second.page);
    const list = second.page.locator('section[aria-labelledby="datasets-heading"] table');
    await list.waitFor({ timeout: 60_000 });
    expect(await textOf(list)).not.toContain(FILE_NAME);
    await second.page.getByLabel('Mở không gian làm việc…').setInputFiles({
      name: 'khong-gian.zip',
      mimeType: 'application/zip',
      buffer: Buffer.from(exported),
    });
    const confirm = second.page.locator('.workspace-confirm');
    await confirm.waitFor({ timeout: 60_000 });
    expect(await textOf(confirm)).toContain('thay thế 0 bộ dữ liệu đã nhập');
    await Promise.all([
      second.page.waitForEvent('load', { timeout: 120_000 }),
      confirm.getByRole('button', { name: 'Mở và thay thế' }).click(),
    ]);
    await waitForDataReady(second.page);
    expect(await datasetList(second.page)).toEqual(before.datasets);
    expect(await verdicts(second.page)).toEqual(before.verdicts);
  });

  it('refuses a tampered file, naming the part, and changes nothing; every screen still computes', async () => {
    await datasetList(second.page);
    const kept = await storage(second.page);
    const files = unzipSync(exported);
    const part = Object.keys(files).find((name) => name.startsWith('datasets/')) ?? '';
    files[part] = strToU8(strFromU8(files[part] ?? new Uint8Array()).replace('6.16', '1.16'));
    await second.page.getByLabel('Mở không gian làm việc…').setInputFiles({
      name: 'bi-sua.zip',
      mimeType: 'application/zip',
      buffer: Buffer.from(zipSync(files)),
    });
    const alert = second.page.getByRole('alert').filter({ hasText: 'Không mở tệp “bi-sua.zip”' });
    await alert.waitFor({ timeout: 60_000 });
    expect(await textOf(alert)).toContain(`Phần “${part}” đã bị thay đổi`);
    expect(await second.page.locator('.workspace-confirm').count()).toBe(0);
    expect(await storage(second.page)).toEqual(kept);
    expect(await datasetList(second.page)).toEqual(before.datasets);
    expect(await verdicts(second.page)).toEqual(before.verdicts);
    // Every screen still draws from the data in force, and none shows a failed query.
    for (const [link, drawn] of [
      ['Tổng quan', 'main svg'],
      ['Báo cáo nhanh', '.briefing-indices section[data-index]'],
      ['Xu hướng', '.trends svg[data-chart]'],
      ['Điểm yếu', 'table.heatmap tbody tr'],
      ['Khen thưởng', 'section[aria-labelledby="rule-bang-khen-don-vi"] tr[data-unit]'],
    ] as const) {
      await second.page.getByRole('link', { name: link, exact: true }).first().click();
      await second.page.locator(drawn).first().waitFor({ timeout: 60_000 });
      await expect.poll(() => second.page.locator('[aria-busy="true"]').count(), { timeout: 60_000 }).toBe(0);
      expect(await second.page.locator('p.error[role="alert"]').count()).toBe(0);
    }
    expect(second.pageErrors).toEqual([]);
  });

  it('refuses a part that conflicts with another part, naming both parts, the line and the column', async () => {
    await datasetList(second.page);
    const kept = await storage(second.page);
    const files = unzipSync(exported);
    const manifest = JSON.parse(strFromU8(files['manifest.json'] ?? new Uint8Array())) as {
      parts: Record<string, unknown>[];
    };
    const first = Object.keys(files).find((name) => name.startsWith('datasets/')) ?? '';
    const lines = strFromU8(files[first] ?? new Uint8Array()).split(/\r?\n/);
    // A second, well-signed part holding the first part's first row with another score.
    const row = (lines[1] ?? '').replace(/,6\.16,/, ',1.16,');
    expect(row).toContain(',1.16,');
    const extra = strToU8(`${lines[0]}\r\n${row}\r\n`);
    const name = 'datasets/imp_ban_sao.csv';
    files[name] = extra;
    manifest.parts.push({
      kind: 'dataset',
      name,
      rows: 1,
      sha256: createHash('sha256').update(extra).digest('hex'),
      datasetId: 'imp_ban_sao',
      label: 'ban-sao.csv',
      fileName: 'ban-sao.csv',
      addedAt: '2026-12-03T00:00:00.000Z',
    });
    files['manifest.json'] = strToU8(JSON.stringify(manifest));
    await second.page.getByLabel('Mở không gian làm việc…').setInputFiles({
      name: 'hai-phan.zip',
      mimeType: 'application/zip',
      buffer: Buffer.from(zipSync(files)),
    });
    const confirm = second.page.locator('.workspace-confirm');
    await confirm.waitFor({ timeout: 60_000 });
    await confirm.getByRole('button', { name: 'Mở và thay thế' }).click();
    const alert = second.page.getByRole('alert').filter({ hasText: 'Không mở tệp “hai-phan.zip”' });
    await alert.waitFor({ timeout: 120_000 });
    const text = await textOf(alert);
    expect(text).toContain(`Phần “${name}” không qua kiểm tra dữ liệu (1 lỗi)`);
    expect(text).toMatch(/Dòng 2, cột score: giá trị “1[.,]16” khác với dữ liệu đã có/);
    expect(text).toContain(`“${first}”`);
    expect(await storage(second.page)).toEqual(kept);
    expect(await datasetList(second.page)).toEqual(before.datasets);
    expect(await verdicts(second.page)).toEqual(before.verdicts);
    expect(second.pageErrors).toEqual([]);
  });
});
