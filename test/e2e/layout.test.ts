import { describe, expect, it } from 'vitest';
import { useSharedApp, waitForDataReady } from './support/browser';

describe('layout on a 768 px tablet', () => {
  const app = useSharedApp('#/?lang=vi', {
    ready: async () => {
      await app.page.setViewportSize({ width: 768, height: 1024 });
      await waitForDataReady(app.page);
    },
  });

  it('never scrolls sideways on any screen of the nav', async () => {
    const page = app.page;
    const hashes = await page
      .locator('nav a')
      .evaluateAll((links) => links.map((l) => l.getAttribute('href') ?? ''));
    expect(hashes.length).toBeGreaterThanOrEqual(2);
    const overflowing: string[] = [];
    for (const hash of hashes) {
      await page.evaluate((target) => {
        window.location.hash = target;
      }, hash);
      await page.waitForFunction(() => document.querySelectorAll('[aria-busy="true"]').length === 0, null, {
        timeout: 30_000,
      });
      await page.waitForTimeout(300);
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      if (scrollWidth > innerWidth) overflowing.push(`${hash}: ${scrollWidth} > ${innerWidth}`);
    }
    expect(overflowing).toEqual([]);
  });
});
