import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSharedApp, waitForDataReady } from './support/browser';
import { summarisePng } from './support/png-pixels';

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 };
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SHOTS = new URL('../../test-results/phone/', import.meta.url);

/** Each screen and the element holding its first figure, which must be on the first screen. */
const SCREENS = [
  { name: 'overview', hash: '#/?unit=ha-tinh&lang=vi', first: '[data-testid="latest-value"]' },
  { name: 'briefing', hash: '#/briefing?unit=ha-tinh&lang=vi', first: 'li[data-fact="value"]' },
  { name: 'trends', hash: '#/trends?index=PAPI&unit=ha-tinh&lang=vi', first: '.chart-summary' },
] as const;

declare global {
  interface Window {
    axe?: { run: (context: Document, options: object) => Promise<AxeResults> };
  }
}
interface AxeResults {
  violations: { id: string; impact?: string | null; nodes: { target: unknown[] }[] }[];
}

async function showScreen(page: Page, hash: string, first: string): Promise<void> {
  await page.evaluate((target) => {
    window.location.hash = target;
  }, hash);
  await page.locator(first).first().waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => document.querySelectorAll('[aria-busy="true"]').length === 0, null, {
    timeout: 30_000,
    polling: 100,
  });
  await page.evaluate(() => window.scrollTo(0, 0));
  // Charts measure themselves one frame after mounting.
  await page.waitForTimeout(300);
}

/** Visible controls in the header and the screen that are less than 44 px tall. */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = document.querySelectorAll<HTMLElement>(
      'header button, main button, main select, main input:not([type="checkbox"]):not([type="radio"]), main summary, main label:has(> input[type="checkbox"])',
    );
    return [...controls]
      .filter(
        (element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden',
      )
      .filter((element) => element.getBoundingClientRect().height < 44)
      .map(
        (element) =>
          `${element.tagName.toLowerCase()}.${element.className}: ${element.textContent?.slice(0, 30)}`,
      );
  });
}

describe('on a 390 × 844 phone with touch', () => {
  const app = useSharedApp('#/?unit=ha-tinh&lang=vi', {
    device: PHONE,
    ready: async () => {
      await waitForDataReady(app.page, 90_000);
      await app.page.evaluate(AXE_SOURCE);
      mkdirSync(SHOTS, { recursive: true });
    },
  });

  it.each(SCREENS)(
    '$name: no sideways scroll, a compact header, the first figure on the first screen',
    async ({ name, hash, first }) => {
      const page = app.page;
      await showScreen(page, hash, first);
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
      expect(await page.locator('.main-nav').isVisible()).toBe(false);
      const header = await page.locator('.app-header').boundingBox();
      expect(header?.height).toBeLessThanOrEqual(72);
      const box = await page.locator(first).first().boundingBox();
      expect(box).not.toBeNull();
      if (!box) return;
      expect(box.y).toBeGreaterThanOrEqual(header?.height ?? 0);
      expect(box.y + box.height).toBeLessThanOrEqual(844);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      expect(await smallTargets(page)).toEqual([]);

      const shot = await page.screenshot();
      writeFileSync(new URL(`${name}.png`, SHOTS), shot);
      const whole = summarisePng(shot);
      expect([whole.width, whole.height]).toEqual([390, 844]);
      expect(whole.colours).toBeGreaterThan(20);
      expect(whole.inked).toBeGreaterThan(0.05);
      // The first figure's own region is drawn, not blank.
      const region = summarisePng(await page.screenshot({ clip: box }));
      expect(region.inked).toBeGreaterThan(0.02);
    },
  );

  it.each(SCREENS)(
    '$name: axe finds no serious or critical violation at phone size',
    async ({ hash, first }) => {
      const page = app.page;
      await showScreen(page, hash, first);
      const results = await page.evaluate(
        () =>
          window.axe?.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }) ??
          Promise.reject(new Error('axe is not loaded')),
      );
      const serious = results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map(
          (violation) =>
            `${violation.id}: ${JSON.stringify(violation.nodes.slice(0, 3).map((n) => n.target))}`,
        );
      expect(serious).toEqual([]);
    },
  );

  it('opens the menu with a tap and goes to another screen, which closes it', async () => {
    const page = app.page;
    await showScreen(page, '#/?unit=ha-tinh&lang=vi', SCREENS[0].first);
    const toggle = page.locator('.menu-toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    const size = await toggle.boundingBox();
    expect(Math.min(size?.width ?? 0, size?.height ?? 0)).toBeGreaterThanOrEqual(44);
    await toggle.tap();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const link = page.locator('.main-nav a', { hasText: 'Xu hướng' });
    expect(await link.isVisible()).toBe(true);
    expect((await link.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    await link.tap();
    await page.waitForFunction(() => location.hash.startsWith('#/trends'));
    // The hash changes first; the menu closes on the render that follows.
    await page.locator('.menu-toggle[aria-expanded="false"]').waitFor({ timeout: 5_000 });
    expect(await page.locator('.main-nav').isVisible()).toBe(false);
    await page.locator('.trends').waitFor();
  });

  it('raises no page error', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
