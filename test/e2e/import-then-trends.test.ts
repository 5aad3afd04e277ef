import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_BUNDLE_UNITS } from '@/features/trends/api/use-index-bundle';
import { useSharedApp, waitForDataReady, waitForOfflineReady } from './support/browser';
import { importCsv, type ScratchDir, scratchDir } from './support/import-file';
import { viFigure } from './support/vi-figures';

// A unit that no bundled file holds: only the imported file can put it on the trends screen.
const UNIT = 'UNEW01';
const UNIT_NAME = 'Sở Thử Nghiệm Mới';
const YEARS = [2020, 2021, 2022, 2023, 2024];
const COMPONENTS = [
  ['L1', 'Công tác chỉ đạo, điều hành CCHC', 9],
  ['L2', 'Cải cách thể chế', 9],
  ['TOTAL', 'Chỉ số CCHC (tổng)', 100],
] as const;
/** Distinct, non-round scores per year and component, so a figure on screen can only come from this file. */
const scoreOf = (year: number, component: number) => 40 + (year - 2020) * 3.17 + component * 1.11;

/** More units than trends reads whole, as a province's internal file: the view is read on its own. */
const OTHER_UNITS = MAX_BUNDLE_UNITS + 10;

function writeUnitFile(
  scratch: ScratchDir,
  unit = UNIT,
  unitName = UNIT_NAME,
  fileName = 'don-vi-moi.csv',
): string {
  const lines = [
    'index,year,unit_code,unit_name,unit_level,component_code,component_name,score,max_score,rank',
  ];
  const units = [
    [unit, unitName, 0],
    ...Array.from({ length: OTHER_UNITS }, (_, n) => [`UOTHER${n}`, `Xã Khác ${n}`, (n % 7) + 1] as const),
  ] as const;
  for (const [unit, name, shift] of units) {
    for (const year of YEARS) {
      COMPONENTS.forEach(([code, componentName, max], component) => {
        const score = Math.min(scoreOf(year, component) - shift, max).toFixed(2);
        lines.push(`PAR,${year},${unit},${name},department,${code},"${componentName}",${score},${max},`);
      });
    }
  }
  return scratch.write(fileName, `${lines.join('\n')}\n`);
}

// 2022 and 2023 are scored under the same PAR version (2024 is a break): their change is comparable.
const TOTAL_2023 = Number(scoreOf(2023, 2).toFixed(2));
const TOTAL_2022 = Number(scoreOf(2022, 2).toFixed(2));

const marks = (page: Page, name: string) =>
  page.evaluate((mark) => performance.getEntriesByName(mark).length, name);

const trendsHashOf = (unit: string) => `#/trends?index=PAR&unit=${unit}&lang=vi`;
const trendsHash = trendsHashOf(UNIT);

/** The trends screen shows the unit's own figures: its 2023 total and change from 2022, and a chart drawn. */
async function expectUnitTrends(page: Page): Promise<void> {
  const row = page.locator(`.trends tr[data-component="TOTAL"][data-year="2023"]`);
  await row.waitFor({ timeout: 120_000 });
  const cells = await row.locator('td').allInnerTexts();
  expect(cells[0]).toBe(viFigure(TOTAL_2023));
  expect(cells[1]).toContain(viFigure(TOTAL_2023 - TOTAL_2022, true));
  await page.locator('.trends svg[data-chart]').first().waitFor({ timeout: 120_000 });
  expect(await page.locator('.trends .chart-body:has(.recharts-line-curve)').count()).toBeGreaterThan(0);
  expect(await page.locator('main').textContent()).not.toMatch(/Không tính được/);
}

/**
 * Holds the browser store's imports open in a write transaction (kept alive by a chain of requests),
 * as a slow disk would: an import then stays between its commit (reported) and its rows being kept
 * for the next visit, the window in which a user may already open the screens.
 */
function holdImportStore(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('reform-index-dashboard', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('imports', { keyPath: 'id' });
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const held = window as Window & { __releaseStore?: () => void };
          const store = open.result.transaction('imports', 'readwrite').objectStore('imports');
          let released = false;
          held.__releaseStore = () => {
            released = true;
          };
          const spin = () => {
            if (released) open.result.close();
            else store.count().onsuccess = spin;
          };
          spin();
          resolve();
        };
      }),
  );
}

const releaseImportStore = (page: Page) =>
  page.evaluate(() => (window as Window & { __releaseStore?: () => void }).__releaseStore?.());

// As a returning user: the service worker controls the page, the data and trends screens are seen, a
// file with a new unit is imported from the landing screen, then that unit's trends are opened, through
// the menu and through a link, before and after the import's rows are kept in the browser.
describe('a unit imported while the service worker controls the page shows on the trends screen', () => {
  let scratch: ScratchDir;
  let fileName: string;
  const app = useSharedApp('#/?lang=vi', {
    ready: async () => {
      scratch = scratchDir('import-trends-e2e-');
      await waitForDataReady(app.page);
      await waitForOfflineReady(app.page);
      await app.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
        timeout: 30_000,
      });
      // The data and trends screens are seen before the import: their answers are cached, and must not
      // be shown again once the import has changed the scores.
      await app.page.goto(new URL('#/data?lang=vi', app.appUrl).href);
      await app.page.locator('.datasets-table tbody tr').first().waitFor({ timeout: 60_000 });
      await app.page.goto(new URL('#/trends?index=PAR&lang=vi', app.appUrl).href);
      await app.page.locator('.trends svg[data-chart]').first().waitFor({ timeout: 120_000 });
      await app.page.goto(new URL('#/?lang=vi', app.appUrl).href);
      await app.page.locator('main article[data-index]').first().waitFor({ timeout: 60_000 });
      const file = writeUnitFile(scratch);
      fileName = path.basename(file);
      await holdImportStore(app.page);
      await importCsv(app.page, file, 120_000);
    },
    timeout: 300_000,
  });

  afterAll(() => {
    scratch?.remove();
  });

  it('shows the unit after choosing the trends screen and the unit in the UI', async () => {
    const page = app.page;
    // The import is reported, its rows not yet kept: the screens read the committed rows meanwhile.
    expect(await marks(page, 'import:persisted')).toBe(0);
    await page.locator('.main-nav').getByRole('link', { name: 'Xu hướng', exact: true }).click();
    await page.locator('.trends').waitFor();
    // Typed as a user searches, without diacritics (own data may already have opened on this unit).
    await page.getByRole('combobox', { name: 'Đơn vị theo dõi' }).fill('thu nghiem moi');
    await page
      .getByRole('option', { name: new RegExp(UNIT_NAME) })
      .first()
      .click();
    await page.waitForURL(new RegExp(`unit=${UNIT}`));
    await expectUnitTrends(page);
  }, 300_000);

  it('shows the unit when a link to its trends is followed (only the hash changes)', async () => {
    const page = app.page;
    await page.goto(new URL('#/?lang=vi', app.appUrl).href);
    await page.locator('main').waitFor();
    await page.goto(new URL(trendsHash, app.appUrl).href);
    await expectUnitTrends(page);
    expect(await marks(page, 'import:persisted')).toBe(0);
  }, 300_000);

  it('lists the file on the data screen, seen before the import (no answer from before it is shown)', async () => {
    const page = app.page;
    await page.goto(new URL('#/data?lang=vi', app.appUrl).href);
    await page.locator('.datasets-table tbody tr').filter({ hasText: fileName }).waitFor({ timeout: 60_000 });
    expect(await page.locator('.datasets-table').textContent()).toContain(fileName);
  }, 300_000);

  it('still shows the unit once its rows are kept and the derived tables rebuilt', async () => {
    const page = app.page;
    await page.evaluate(() => performance.clearMarks('app:derived-ready'));
    await releaseImportStore(page);
    await page.waitForFunction(() => performance.getEntriesByName('app:derived-ready').length > 0, null, {
      timeout: 120_000,
      polling: 200,
    });
    await page.goto(new URL('#/?lang=vi', app.appUrl).href);
    await page.locator('main').waitFor();
    await page.goto(new URL(trendsHash, app.appUrl).href);
    await expectUnitTrends(page);
  }, 300_000);

  it('shows the unit when its trends link is opened in a new page of the same browser', async () => {
    const fresh = await app.context.newPage();
    try {
      await fresh.goto(new URL(trendsHash, app.appUrl).href);
      await waitForDataReady(fresh, 120_000);
      await expectUnitTrends(fresh);
    } finally {
      await fresh.close();
    }
  }, 300_000);

  it('raises no page error and sends nothing off-origin', async () => {
    expect(app.pageErrors).toEqual([]);
    expect(app.offOriginRequests).toEqual([]);
  });
});

// The trends link is followed the moment the import is reported, while the unit list (shown on every
// screen) is still being read again: the link's unit must not be judged against the list from before.
describe('a link to a unit followed as its import is reported keeps its unit', () => {
  const unit = 'UNEW02';
  let scratch: ScratchDir;
  const app = useSharedApp('#/trends?index=PAR&lang=vi', {
    ready: async () => {
      scratch = scratchDir('import-link-e2e-');
      await waitForDataReady(app.page);
      await app.page.locator('.trends svg[data-chart]').first().waitFor({ timeout: 120_000 });
      await app.page.goto(new URL('#/data?lang=vi', app.appUrl).href);
      await app.page.locator('.datasets-table tbody tr').first().waitFor({ timeout: 60_000 });
      const file = writeUnitFile(scratch, unit, 'Sở Thử Nghiệm Thứ Hai', 'don-vi-thu-hai.csv');
      // In the page, so no round trip to the test stands between the report and the link.
      await app.page.evaluate((hash) => {
        const observer = new MutationObserver(() => {
          const reports = [...document.querySelectorAll('.import-report')];
          if (!reports.some((node) => node.textContent?.includes('Đã nhập tệp'))) return;
          observer.disconnect();
          location.hash = hash;
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      }, trendsHashOf(unit));
      await app.page.getByLabel('Nhập CSV').setInputFiles(file);
      await app.page.waitForURL(new RegExp(`#/trends.*unit=${unit}`), { timeout: 120_000 });
    },
    timeout: 300_000,
  });

  afterAll(() => {
    scratch?.remove();
  });

  it('shows the unit and keeps it in the address', async () => {
    const page = app.page;
    await expectUnitTrends(page);
    expect(new URL(page.url()).hash).toContain(`unit=${unit}`);
    expect(app.pageErrors).toEqual([]);
  }, 300_000);
});
