import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser } from './browser';

declare global {
  interface Window {
    __layoutShift?: number;
    __chartMutations?: number;
    __watchCharts?: () => void;
  }
}

/** Before any app script: sums layout shifts, and can count DOM changes inside the charts. */
export function installProbes(): void {
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

/** A fresh context in Vietnamese, on Vietnam's time, with the probes installed in every page it opens. */
export async function newProbedContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  await context.addInitScript(installProbes);
  return context;
}

/**
 * A probed context (`newProbedContext`) in a browser of its own for the tests of the describe block that
 * calls this: made before them, closed after. Read it through the function returned, from hooks and tests.
 */
export function useProbedContext(): () => BrowserContext {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newProbedContext(browser);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });
  return () => {
    if (!context) throw new Error('the probed context is read before it was made');
    return context;
  };
}

export interface HeldApp {
  page: Page;
  release: () => void;
}

/** A page whose DuckDB wasm download waits until `release()`: the engine cannot answer before. */
export async function openHeld(ctx: BrowserContext, hash = '#/?lang=vi'): Promise<HeldApp> {
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
  await page.goto(new URL(hash, inject('appUrl')).href);
  return { page, release };
}

/** Resolves once the app has kept a first screen that holds the cards of `unit`. */
export const waitForKeptFirstScreen = (page: Page, unit: string) =>
  page.waitForFunction(
    (code) =>
      performance
        .getEntriesByName('app:first-screen-kept')
        .some((mark) =>
          ((mark as PerformanceMark).detail as { units?: string[] } | null)?.units?.includes(code),
        ),
    unit,
    { timeout: 90_000, polling: 100 },
  );

/** Resolves once the start-up notice ("Đang khởi động cơ sở dữ liệu") has left, and half a second more for a redraw. */
export async function waitForStartUpNoticeGone(page: Page): Promise<void> {
  await page
    .getByRole('status')
    .filter({ hasText: 'Đang khởi động cơ sở dữ liệu' })
    .waitFor({ state: 'detached' });
  await page.waitForTimeout(500);
}

export const hasMark = (page: Page, name: string) =>
  page.evaluate((mark) => performance.getEntriesByName(mark).length > 0, name);

export const waitForMark = (page: Page, name: string) =>
  page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, name, {
    timeout: 90_000,
    polling: 100,
  });

/**
 * Brings every chart still waiting near the view, one after the other (out of view, a chart waits for
 * the start-up to be over), then scrolls back to the top: the whole screen is drawn, as a user who
 * scrolled through it sees it. Resolves to how many charts were waiting.
 */
export async function drawEveryChart(page: Page): Promise<number> {
  const waiting = page.locator('main .chart-placeholder');
  const before = await waiting.count();
  for (let step = 0; step < 40 && (await waiting.count()) > 0; step += 1) {
    // In the page: the placeholder may turn into its chart at any moment.
    await page.evaluate(() =>
      document.querySelector('main .chart-placeholder')?.scrollIntoView({ block: 'center' }),
    );
    await page.waitForTimeout(100);
  }
  if ((await waiting.count()) > 0) throw new Error('charts still waiting after scrolling to them');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  return before;
}
