import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSharedApp, waitForDataReady, waitForFirstChart } from './support/browser';

// A4 landscape is 297 mm wide; the stylesheet keeps 12 mm margins: 273 mm at 96 dpi.
const CONTENT_WIDTH_PX = (273 / 25.4) * 96;
const PERMALINK = '#/trends?index=PAPI&unit=ha-tinh&lang=vi';

/** Relative luminance of a computed `rgb()`/`rgba()` colour; transparent counts as white paper. */
function luminanceOf(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluate((element) => {
    const parts = (getComputedStyle(element).backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
    const [r = 255, g = 255, b = 255, alpha = 1] = parts;
    if (alpha === 0) return 1;
    const channel = (value: number) => {
      const c = value / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  });
}

describe('the A4 landscape print stylesheet, printed from the dark theme', () => {
  const app = useSharedApp(PERMALINK, {
    ready: async () => {
      await app.page.setViewportSize({ width: 1500, height: 900 });
      await app.page.emulateMedia({ colorScheme: 'dark' });
      await waitForDataReady(app.page);
      await waitForFirstChart(app.page);
      await app.page.locator('.recharts-surface').first().waitFor();
      await app.page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      // Recharts re-measures its containers on the next animation frames.
      await app.page.waitForTimeout(500);
    },
  });

  it('still follows the dark system theme on screen', async () => {
    expect(await app.page.locator('html').getAttribute('data-theme')).toBe('dark');
  });

  it('prints on a light background', async () => {
    expect(await luminanceOf(app.page, 'html')).toBeGreaterThan(0.9);
    expect(await luminanceOf(app.page, 'body')).toBeGreaterThan(0.9);
    expect(await luminanceOf(app.page, 'main')).toBeGreaterThan(0.9);
  });

  it('draws the chart series in the light palette', async () => {
    const stroke = await app.page
      .locator('.recharts-line-curve')
      .first()
      .evaluate((path) => getComputedStyle(path).stroke);
    expect(stroke).not.toBe('rgb(86, 180, 233)');
  });

  it('leaves out the navigation and the tools', async () => {
    expect(await app.page.locator('.app-header').isVisible()).toBe(false);
    expect(await app.page.locator('nav').isVisible()).toBe(false);
    expect(await app.page.locator('input[type="file"]').isVisible()).toBe(false);
  });

  it('prints a header with the screen title, the filters and the sources', async () => {
    const header = app.page.locator('.print-header');
    expect(await header.isVisible()).toBe(true);
    const text = await header.textContent();
    expect(text).toContain('Xu hướng');
    expect(text).toContain('index = PAPI');
    expect(text).toContain('unit = ha-tinh');
    expect(text).toContain('UNDP, CECODES');
    expect(text).toContain('Dữ liệu mẫu');
  });

  it('keeps every chart within the A4 landscape content width', async () => {
    const widths = await app.page
      .locator('.recharts-surface')
      .evaluateAll((surfaces) => surfaces.map((surface) => surface.getBoundingClientRect().width));
    expect(widths.length).toBeGreaterThan(0);
    expect(widths.filter((width) => width > CONTENT_WIDTH_PX)).toEqual([]);
  });

  it('hides the print header again on screen', async () => {
    await app.page.emulateMedia({ media: 'screen' });
    expect(await app.page.locator('.print-header').isVisible()).toBe(false);
  });
});
