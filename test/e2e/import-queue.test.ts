import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Dialog, Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { type AppSession, useSharedApp, waitForDataReady } from './support/browser';

const repoRoot = path.resolve(__dirname, '../..');
const corpus = (name: string) => path.resolve(repoRoot, 'test/fixtures/csv-corpus', name);
const REJECTED = '34_non_numeric_garbage.csv';

const HEADER = 'index,year,unit_code,unit_name,unit_level,component_code,component_name,score,max_score,rank';
const COMPONENTS = ['L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7', 'L8', 'TOTAL'];

/**
 * A valid long-layout file of `rows` rows whose units are all `prefix…`: files of different prefixes
 * never share a key, so each is a new dataset whatever was imported before it.
 */
function validCsv(prefix: string, rows: number): string {
  const lines = [HEADER];
  for (let i = 0; i < rows; i += 1) {
    const component = COMPONENTS[i % COMPONENTS.length];
    const year = 2015 + (Math.floor(i / COMPONENTS.length) % 10);
    const unit = Math.floor(i / (COMPONENTS.length * 10));
    const score = (((i * 7919) % 1000) / 100).toFixed(2);
    lines.push(
      `PAR,${year},${prefix}${unit},Đơn vị ${prefix} ${unit},department,${component},Tên,${score},10,`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Large enough that it is still running while the test acts on the entries behind it. */
const LONG_ROWS = 300_000;

const report = (page: Page, fileName: string): Locator =>
  page.locator('.import-report').filter({ hasText: `“${fileName}”` });
const entry = (page: Page, name: string): Locator =>
  page.locator('.import-progress').filter({ hasText: `“${name}”` });
const datasetRow = (page: Page, name: string): Locator =>
  page.locator('.datasets-table tbody tr').filter({ hasText: name });

/** Drops the files on the page together, as one drag from a file manager does. */
async function dropFiles(page: Page, files: { name: string; content: string }[]): Promise<void> {
  await page.evaluate((dropped) => {
    const transfer = new DataTransfer();
    for (const file of dropped) transfer.items.add(new File([file.content], file.name, { type: 'text/csv' }));
    const target = document.querySelector('main') ?? document.body;
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
    }
  }, files);
}

const SCREENS = [
  { hash: '#/?unit=ha-tinh&lang=vi', drawn: 'main svg.recharts-surface' },
  {
    hash: '#/trends?index=PAPI&unit=ha-tinh&from=2018&to=2024&lang=vi',
    drawn: 'main .trends svg[data-chart]',
  },
  {
    hash: '#/weak?index=PAPI&year=2024&level=province&low=median&fall=3&unit=can-tho&lang=vi',
    drawn: 'main table.heatmap tbody tr',
  },
  // The sample is asked for by name: imports of earlier tests would otherwise become the default.
  {
    hash: '#/awards?ruleset=soc-trang-2021-2030&year=2025&data=sample&lang=vi',
    drawn: 'main tr[data-unit]',
  },
];

/**
 * Visits every analytic screen; each must draw and settle (nothing left loading) with no error region
 * and no "Không tính được". An error that shows instead of the drawing ends the wait at once.
 */
async function expectEveryScreenWorks(app: AppSession): Promise<void> {
  for (const screen of SCREENS) {
    await app.page.goto(new URL(screen.hash, app.appUrl).href);
    await app.page.waitForFunction(
      (drawn) => {
        const main = document.querySelector('main');
        const failed =
          main?.querySelector('[role="alert"]') !== null || main?.textContent?.includes('Không tính được');
        const settled =
          document.querySelector(drawn) !== null && main?.querySelector('[aria-busy="true"]') === null;
        return failed || settled;
      },
      screen.drawn,
      { timeout: 60_000, polling: 100 },
    );
    const main = app.page.locator('main');
    const alerts = await main.locator('[role="alert"]').allTextContents();
    expect(alerts, screen.hash).toEqual([]);
    expect(await main.textContent(), screen.hash).not.toContain('Không tính được');
    expect(await app.page.locator(screen.drawn).count(), screen.hash).toBeGreaterThan(0);
  }
}

describe('one import queue, one report per file (built app)', () => {
  let tmp: string;
  const app = useSharedApp('#/data', {
    ready: async () => {
      tmp = mkdtempSync(path.join(tmpdir(), 'import-queue-e2e-'));
      app.page.on('dialog', (dialog: Dialog) => void dialog.accept());
      await waitForDataReady(app.page);
    },
  });

  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  const longFile = (prefix: string): string => {
    const file = path.join(tmp, `long-${prefix}.csv`);
    writeFileSync(file, validCsv(prefix, LONG_ROWS));
    return file;
  };

  it('two files dropped together get two entries and two reports, each naming its file', async () => {
    await dropFiles(app.page, [
      { name: 'hai-tep-hop-le.csv', content: validCsv('DA', 18) },
      { name: 'hai-tep-loi.csv', content: `${HEADER}\nPAR,2023,DB1,Đơn vị,department,L1,Tên,abc,10,\n` },
    ]);
    const accepted = report(app.page, 'hai-tep-hop-le.csv');
    const rejected = report(app.page, 'hai-tep-loi.csv');
    await accepted.waitFor({ timeout: 60_000 });
    await rejected.waitFor({ timeout: 60_000 });
    expect(await accepted.getAttribute('role')).toBe('status');
    expect(await accepted.textContent()).toMatch(/Đã nhập tệp “hai-tep-hop-le\.csv”: 18 dòng, chỉ số PAR/);
    expect(await rejected.getAttribute('role')).toBe('alert');
    expect(await rejected.textContent()).toContain('Dòng 2, cột score');
    // Both reports stay until each is dismissed, the other one left in place.
    await accepted.getByRole('button', { name: 'Đóng thông báo' }).click();
    await accepted.waitFor({ state: 'detached' });
    expect(await rejected.count()).toBe(1);
    await rejected.getByRole('button', { name: 'Đóng thông báo' }).click();
    await datasetRow(app.page, 'hai-tep-hop-le.csv').waitFor({ timeout: 30_000 });
    expect(await datasetRow(app.page, 'hai-tep-loi.csv').count()).toBe(0);
  });

  it('cancelling a queued file cancels that one only: the running one is saved and reported', async () => {
    const running = longFile('CA');
    const runningName = path.basename(running);
    const queuedName = 'cho-roi-huy.csv';
    await app.page.getByLabel('Nhập CSV').setInputFiles(running);
    await app.page
      .getByLabel('Nhập CSV')
      .setInputFiles({ name: queuedName, mimeType: 'text/csv', buffer: Buffer.from(validCsv('CB', 9)) });
    const queued = entry(app.page, queuedName);
    await queued.and(app.page.locator('[data-phase="queued"]')).waitFor({ timeout: 30_000 });
    expect(await entry(app.page, runningName).getAttribute('data-phase')).not.toBe('queued');
    await queued.getByRole('button', { name: 'Huỷ' }).click();
    await queued.waitFor({ state: 'detached' });

    const saved = report(app.page, runningName);
    await saved.waitFor({ timeout: 120_000 });
    expect(await saved.getAttribute('role')).toBe('status');
    expect(await saved.textContent()).toMatch(/Đã nhập tệp .*300\.000 dòng/);
    // The cancelled file never ran: no report, no dataset.
    expect(await report(app.page, queuedName).count()).toBe(0);
    await datasetRow(app.page, runningName).waitFor({ timeout: 30_000 });
    expect(await datasetRow(app.page, queuedName).count()).toBe(0);
  });

  it('a removal asked for during an import is queued behind it, then done; the import is accepted', async () => {
    const removedName = 'se-bi-xoa.csv';
    await app.page
      .getByLabel('Nhập CSV')
      .setInputFiles({ name: removedName, mimeType: 'text/csv', buffer: Buffer.from(validCsv('RA', 9)) });
    await report(app.page, removedName).waitFor({ timeout: 60_000 });
    const removedRow = datasetRow(app.page, removedName);
    await removedRow.waitFor({ timeout: 30_000 });

    const running = longFile('RB');
    const runningName = path.basename(running);
    await app.page.getByLabel('Nhập CSV').setInputFiles(running);
    await entry(app.page, runningName).waitFor({ timeout: 30_000 });
    await removedRow.getByRole('button', { name: `Xoá “${removedName}”` }).click();

    // Shown as waiting, in the queue and on its button, which cannot be pressed twice.
    const removal = entry(app.page, removedName);
    await removal.and(app.page.locator('[data-phase="queued"]')).waitFor({ timeout: 10_000 });
    expect(await removal.textContent()).toContain(`Đang chờ xoá “${removedName}”`);
    expect(await removedRow.getByRole('button', { name: `Xoá “${removedName}”` }).isDisabled()).toBe(true);
    expect(await removedRow.textContent()).toContain('Đang chờ xoá');

    const accepted = report(app.page, runningName);
    await accepted.waitFor({ timeout: 120_000 });
    expect(await accepted.getAttribute('role')).toBe('status');
    expect(await accepted.textContent()).toMatch(/Đã nhập tệp .*300\.000 dòng/);
    await report(app.page, removedName)
      .filter({ hasText: `Đã xoá bộ dữ liệu “${removedName}”` })
      .waitFor({ timeout: 60_000 });
    await removedRow.waitFor({ state: 'detached', timeout: 30_000 });
    expect(await datasetRow(app.page, runningName).count()).toBe(1);
  });

  it.each([REJECTED, '04_tcvn3_abc_legacy.csv'])(
    'after rejecting %s every screen still works, with no error and charts drawn',
    async (name) => {
      const earlier = await report(app.page, name).count();
      await app.page.getByLabel('Nhập CSV').setInputFiles(corpus(name));
      const rejected = report(app.page, name).nth(earlier);
      await rejected.waitFor({ timeout: 60_000 });
      expect(await rejected.getAttribute('role')).toBe('alert');
      await expectEveryScreenWorks(app);
    },
  );

  it('the same file twice is refused by its content, naming the first import; nothing more is stored', async () => {
    const content = validCsv('DS', 27);
    await app.page.goto(new URL('#/data?lang=vi', app.appUrl).href);
    await dropFiles(app.page, [{ name: 'lan-dau.csv', content }]);
    const first = report(app.page, 'lan-dau.csv');
    await first.waitFor({ timeout: 60_000 });
    expect(await first.textContent()).toMatch(/Đã nhập tệp “lan-dau\.csv”: 27 dòng/);
    await datasetRow(app.page, 'lan-dau.csv').waitFor({ timeout: 30_000 });
    const rowsBefore = await app.page.locator('.datasets-table tbody tr').count();

    await dropFiles(app.page, [{ name: 'lan-hai.csv', content }]);
    const second = report(app.page, 'lan-hai.csv');
    await second.waitFor({ timeout: 60_000 });
    expect(await second.getAttribute('role')).toBe('alert');
    expect(await second.textContent()).toContain('Tệp này đã nhập với tên “lan-dau.csv”');
    expect(await app.page.locator('.datasets-table tbody tr').count()).toBe(rowsBefore);
    expect(await datasetRow(app.page, 'lan-hai.csv').count()).toBe(0);
  });

  it('raises no page error and violates no CSP rule', async () => {
    expect(app.pageErrors).toEqual([]);
    expect(await app.cspViolations()).toEqual([]);
  });
});

describe('a file rejected right at start-up (built app)', () => {
  const app = useSharedApp();

  it('leaves every screen working, with no error and charts drawn', async () => {
    // Picked as soon as the control is there, while the database still starts.
    await app.page.getByLabel('Nhập CSV').setInputFiles(corpus(REJECTED));
    const rejected = report(app.page, REJECTED);
    await rejected.waitFor({ timeout: 90_000 });
    expect(await rejected.getAttribute('role')).toBe('alert');
    await expectEveryScreenWorks(app);
    expect(app.pageErrors).toEqual([]);
  });
});
