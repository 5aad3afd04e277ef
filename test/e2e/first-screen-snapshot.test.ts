import { describe, expect, it } from 'vitest';
import {
  drawEveryChart,
  hasMark,
  openHeld,
  useProbedContext,
  waitForMark,
  waitForStartUpNoticeGone,
} from './support/held-engine';
import { latestPapiYear, papiScore } from './support/published-papi';
import { viFigure } from './support/vi-figures';

// The landing screen of the built app, drawn from the build's answers while DuckDB's wasm is held back
// by route interception, then handed over to the live engine.

describe('the first screen before the engine is up', () => {
  const context = useProbedContext();

  it('draws the cards and charts from the build, then hands over to DuckDB without a shift or a redraw', async () => {
    const { page, release } = await openHeld(context());
    const papi = page.locator('article[data-index="PAPI"]').getByTestId('latest-value');
    await papi.waitFor({ timeout: 30_000 });
    await waitForMark(page, 'app:first-chart');
    // Drawn while the engine could not have answered: its wasm has not even arrived.
    expect(await hasMark(page, 'app:data-ready')).toBe(false);
    expect(await page.getByRole('status').filter({ hasText: 'Đang khởi động cơ sở dữ liệu' }).count()).toBe(
      1,
    );
    const expected = viFigure(papiScore('hai-phong', latestPapiYear));
    expect(await papi.textContent()).toContain(expected);
    expect(await page.locator('.overview-grid svg').count()).toBeGreaterThan(0);
    // The index summary, below the fold, waits while the engine starts: its charts would compete with it.
    await page.waitForTimeout(1000);
    const summaryCharts = page.locator('#index-summary-heading ~ * .recharts-surface');
    expect(await summaryCharts.count()).toBe(0);
    // Scrolled near, every chart draws from the build's answers, the engine still held.
    expect(await drawEveryChart(page)).toBeGreaterThan(0);
    expect(await summaryCharts.count()).toBeGreaterThan(0);
    expect(await hasMark(page, 'app:data-ready')).toBe(false);
    const screenText = () => page.locator('main section').allInnerTexts();
    const before = await screenText();
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
    await waitForStartUpNoticeGone(page);
    // The live answers are the same: same text, charts untouched, nothing moved.
    expect(await screenText()).toEqual(before);
    expect(await page.evaluate(() => window.__chartMutations)).toBe(0);
    const shift = (await page.evaluate(() => window.__layoutShift ?? 0)) - shiftBefore;
    expect(shift).toBeLessThanOrEqual(0.05);
    // Nor did the first draw from the snapshot move what was already on screen (the footer).
    expect(await page.evaluate(() => window.__layoutShift ?? 0)).toBeLessThanOrEqual(0.05);
    await page.close();
  });
});
