import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSharedApp, waitForDataReady } from './support/browser';
import { latestPapiYear, papiScore } from './support/published-papi';

const vi = (value: number) =>
  new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);

const CRAFTED = `x' OR 1=1--`;
const PADDED = `${CRAFTED}${'A'.repeat(10_000 - CRAFTED.length)}`;
const STORAGE_KEY = 'rid.homeUnit';

const stored = (page: Page) => page.evaluate((key) => window.localStorage.getItem(key), STORAGE_KEY);
const hashUnit = (page: Page) =>
  page.evaluate(() => new URLSearchParams(window.location.hash.split('?')[1] ?? '').get('unit'));

/** The overview has settled on a unit: its code is in the address and the PAPI card shows a figure. */
async function settledUnit(page: Page): Promise<string> {
  await waitForDataReady(page, 90_000);
  await page.waitForFunction(() => /[?&]unit=[a-z]/.test(window.location.hash), undefined, {
    timeout: 30_000,
    polling: 100,
  });
  await page.locator('article[data-index="PAPI"]').getByTestId('latest-value').waitFor({ timeout: 30_000 });
  return (await hashUnit(page)) ?? '';
}

describe('a crafted link is neither used nor remembered', () => {
  const app = useSharedApp(`#/?unit=${encodeURIComponent(PADDED)}`);

  it("shows the default unit's figures, drops the value from the address and stores nothing bad", async () => {
    const unit = await settledUnit(app.page);
    expect(unit).toMatch(/^[a-z0-9-]+$/);
    expect(await app.page.evaluate(() => window.location.hash)).not.toContain('OR');
    const card = app.page.locator('article[data-index="PAPI"]');
    expect(await card.textContent()).not.toContain('chưa có số liệu');
    expect(await card.getByTestId('latest-value').textContent()).toContain(
      vi(papiScore(unit, latestPapiYear)),
    );
    const memory = await stored(app.page);
    expect(memory === null || memory === unit).toBe(true);
  });

  it('a later plain visit shows the same default unit, not an empty overview', async () => {
    const first = await hashUnit(app.page);
    await app.page.goto(app.appUrl);
    const unit = await settledUnit(app.page);
    expect(unit).toBe(first);
    expect(await app.page.locator('article[data-index="PAPI"]').textContent()).not.toContain(
      'chưa có số liệu',
    );
    expect(await stored(app.page)).toBe(unit);
  });

  it('forgets a bad value remembered by an earlier version', async () => {
    await app.page.evaluate(({ key, value }) => window.localStorage.setItem(key, value), {
      key: STORAGE_KEY,
      value: CRAFTED,
    });
    await app.page.goto(app.appUrl);
    const unit = await settledUnit(app.page);
    expect(unit).toMatch(/^[a-z0-9-]+$/);
    expect(
      await app.page.locator('article[data-index="PAPI"]').getByTestId('latest-value').textContent(),
    ).toContain(vi(papiScore(unit, latestPapiYear)));
    expect(await stored(app.page)).not.toBe(CRAFTED);
    expect(await app.cspViolations()).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
