import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { latestPapiYear, papiScore } from './support/published-papi';

// The landing screen of the built app, drawn from the build's answers while DuckDB's wasm is held back
// by route interception, then handed over to the live engine.
const vi = (value: number) =>
  new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);

declare global {
  interface Window {
    __layoutShift?: number;
    __chartMutations?: number;
    __watchCharts?: () => void;
  }
}

/** Before any app script: sums layout shifts, and can count DOM changes inside the charts. */
function installProbes(): void {
  window.__layoutShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
    })[]) {
      if (!entry.hadRecentInput) window.__layoutShift = (window.__layoutShift ?? 0) + entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
  window.__watchCharts = () => {
    window.__chartMutations = 0;
    const observer = new MutationObserver((records) => {
      window.__chartMutations = (window.__chartMutations ?? 0) + records.length;
    });
    for (const chart of document.querySelectorAll('.overview-grid svg, #index-summary-heading ~ * svg')) {
      observer.observe(chart, { subtree: true, childList: true, attributes: true, characterData: true });
    }
  };
}

interface HeldApp {
  page: Page;
  release: () => void;
}

/** A page whose DuckDB wasm download waits until `release()`: the engine cannot answer before. */
async function openHeld(ctx: BrowserContext): Promise<HeldApp> {
  await ctx.unrouteAll();
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await ctx.route(/duckdb-eh.*\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  const page = await ctx.newPage();
  await page.goto(new URL('#/?lang=vi', inject('appUrl')).href);
  return { page, release };
}

const hasMark = (page: Page, name: string) =>
  page.evaluate((mark) => performance.getEntriesByName(mark).length > 0, name);
const waitForMark = (page: Page, name: string) =>
  page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, name, {
    timeout: 90_000,
    polling: 100,
  });

describe('the first screen before the engine is up', () => {
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    await context.addInitScript(installProbes);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('draws the cards and charts from the build, then hands over to DuckDB without a shift or a redraw', async () => {
    const { page, release } = await openHeld(context);
    const papi = page.locator('article[data-index="PAPI"]').getByTestId('latest-value');
    await papi.waitFor({ timeout: 30_000 });
    await waitForMark(page, 'app:first-chart');
    // Drawn while the engine could not have answered: its wasm has not even arrived.
    expect(await hasMark(page, 'app:data-ready')).toBe(false);
    expect(await page.getByRole('status').filter({ hasText: 'Đang khởi động cơ sở dữ liệu' }).count()).toBe(
      1,
    );
    const expected = vi(papiScore('hai-phong', latestPapiYear));
    expect(await papi.textContent()).toContain(expected);
    const screenText = () => page.locator('main section').allInnerTexts();
    const before = await screenText();
    expect(await page.locator('.overview-grid svg').count()).toBeGreaterThan(0);
    await page.evaluate(() => window.__watchCharts?.());
    const shiftBefore = await page.evaluate(() => window.__layoutShift ?? 0);

    release();
    await waitForMark(page, 'app:first-screen-live');
    // The bench's "data ready": the engine answering a first-screen query, so after the tables are filled.
    const [loaded, answering, allLive] = await page.evaluate(() =>
      ['app:data-ready', 'app:live-answering', 'app:first-screen-live'].map(
        (mark) => performance.getEntriesByName(mark)[0]?.startTime ?? null,
      ),
    );
    expect(answering).not.toBeNull();
    expect(answering).toBeGreaterThan(loaded ?? Number.POSITIVE_INFINITY);
    expect(answering).toBeLessThanOrEqual(allLive ?? 0);
    await page
      .getByRole('status')
      .filter({ hasText: 'Đang khởi động cơ sở dữ liệu' })
      .waitFor({ state: 'detached' });
    await page.waitForTimeout(500);
    // The live answers are the same: same text, charts untouched, nothing moved.
    expect(await screenText()).toEqual(before);
    expect(await page.evaluate(() => window.__chartMutations)).toBe(0);
    const shift = (await page.evaluate(() => window.__layoutShift ?? 0)) - shiftBefore;
    expect(shift).toBeLessThanOrEqual(0.05);
    // Nor did the first draw from the snapshot move what was already on screen (the footer).
    expect(await page.evaluate(() => window.__layoutShift ?? 0)).toBeLessThanOrEqual(0.05);
    await page.close();
  });

  it('waits for the live engine, and says so, when the user has imported a file', async () => {
    const setup = await openHeld(context);
    setup.release();
    await waitForMark(setup.page, 'app:data-ready');
    const file = path.resolve(__dirname, '../fixtures/csv-corpus/00_valid_baseline.csv');
    await setup.page.getByLabel('Nhập CSV').setInputFiles(file);
    await setup.page
      .locator('.import-report')
      .filter({ hasText: /Đã nhập tệp/ })
      .waitFor({ timeout: 60_000 });
    await setup.page.close();

    const { page, release } = await openHeld(context);
    await page.getByText('Có dữ liệu bạn đã nhập').waitFor({ timeout: 30_000 });
    await page.waitForTimeout(1000);
    expect(await page.locator('article.overview-card').count()).toBe(0);
    expect(await hasMark(page, 'app:first-chart')).toBe(false);
    release();
    await page.locator('article[data-index="PAPI"]').getByTestId('latest-value').waitFor({ timeout: 90_000 });
    expect(await hasMark(page, 'app:data-ready')).toBe(true);
    await page.close();
  });
});
