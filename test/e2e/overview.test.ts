import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type AppSession, useSharedApp, waitForDataReady } from './support/browser';
import { latestPapiYear, papiRank, papiScore } from './support/published-papi';
import { viFigure } from './support/vi-figures';

const papiCard = (page: Page): Locator => page.locator('article[data-index="PAPI"]');

// Generous: other suites may share this machine's two cores while DuckDB starts cold.
async function ready(app: AppSession): Promise<void> {
  await waitForDataReady(app.page, 90_000);
  await papiCard(app.page).getByTestId('latest-value').waitFor({ timeout: 30_000 });
}

// One browser; three page loads in all (first visit, reload, a fresh English visit): DuckDB's cold
// start costs seconds on a 2-core machine.
describe('the overview (landing) screen on the bundled data', () => {
  const app = useSharedApp('#/?unit=ha-tinh&lang=vi', {
    ready: () => ready(app),
  });

  it("shows Hà Tĩnh's latest PAPI total, its signed change and its rank as computed from the CSV", async () => {
    const card = papiCard(app.page);
    const change = papiScore('ha-tinh', latestPapiYear) - papiScore('ha-tinh', latestPapiYear - 1);
    const { rank, peers } = papiRank('ha-tinh', latestPapiYear);
    expect(await card.getByTestId('latest-value').textContent()).toContain(
      viFigure(papiScore('ha-tinh', latestPapiYear)),
    );
    const changeText = await card.getByTestId('score-change').textContent();
    expect(changeText).toContain(viFigure(change, true));
    expect(changeText).toContain(change > 0 ? '▲ tăng' : '▼ giảm');
    expect(changeText).toContain(`so với năm ${latestPapiYear - 1}`);
    expect(await card.getByTestId('rank').textContent()).toContain(`hạng ${rank}/${peers}`);
  });

  it('gives every index a card, with an honest empty state where the unit has no data', async () => {
    expect(await app.page.locator('article.overview-card').count()).toBe(5);
    expect(await app.page.locator('article[data-index="PAR"]').textContent()).toContain('chưa có số liệu');
    const link = papiCard(app.page).getByRole('link', { name: 'Xem xu hướng PAPI' });
    expect(await link.getAttribute('href')).toBe('#/trends?index=PAPI&unit=ha-tinh&lang=vi');
  });

  it('keeps a newly chosen home unit in the permalink and restores it after a reload', async () => {
    const input = app.page.getByRole('combobox', { name: 'Đơn vị theo dõi' });
    await input.fill('quang ninh');
    await app.page
      .getByRole('option', { name: /^Quảng Ninh/ })
      .first()
      .click();
    await app.page.waitForFunction(() => location.hash.includes('unit=quang-ninh'));
    await app.page.reload();
    await ready(app);
    expect(await input.inputValue()).toBe('Quảng Ninh');
    expect(await papiCard(app.page).getByTestId('latest-value').textContent()).toContain(
      viFigure(papiScore('quang-ninh', latestPapiYear)),
    );
  });

  it('raises no page error and logs no console error', () => {
    expect(app.pageErrors).toEqual([]);
    // The service worker's own script is checked by app-loads.test.ts; this file checks the overview.
    expect(app.consoleErrors.filter((message) => !message.includes('fetching the script'))).toEqual([]);
  });

  it('shows English labels with lang=en, and offers a merged-away province its successor', async () => {
    // With the memory cleared, the link alone must restore the view (the same page is reused: a second
    // context ends this single-process headless Chromium).
    const page = app.page;
    await page.evaluate(() => localStorage.clear());
    await page.goto(new URL('#/?unit=quang-ninh&lang=en', app.appUrl).href);
    await page.reload();
    await ready(app);
    const card = papiCard(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Unit overview');
    expect(await page.getByRole('combobox', { name: 'Home unit' }).inputValue()).toBe('Quảng Ninh');
    expect(await card.textContent()).toContain('Change');
    expect(await card.getByTestId('rank').textContent()).toMatch(/^rank \d+\/\d+/);
    await page.evaluate(() => {
      location.hash = '#/?unit=quang-binh&lang=en';
    });
    expect(await page.getByTestId('successor-note').textContent()).toBe(
      'From 2025, Quảng Bình is part of Quảng Trị.',
    );
    await page.getByRole('button', { name: 'Switch to Quảng Trị' }).click();
    expect(await page.getByTestId('lineage-note').textContent()).toBe(
      'Quảng Trị (from 2025) = Quảng Bình + Quảng Trị',
    );
    expect(page.url()).toContain('unit=quang-tri');
    expect(app.pageErrors).toEqual([]);
  });
});
