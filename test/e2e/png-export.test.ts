import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { useSharedApp, waitForDataReady } from './support/browser';

const PERMALINK = '#/trends?index=PAPI&unit=ha-tinh&from=2018&to=2024&lang=vi';

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('PNG export of a trends chart', () => {
  const app = useSharedApp(PERMALINK, {
    ready: async () => {
      await waitForDataReady(app.page, 90_000);
      await app.page.locator('.trends .chart-frame .chart-body svg').first().waitFor({ timeout: 60_000 });
    },
  });

  it('exports the first chart itself at 2×, with its title and source, and no CSP violation', async () => {
    const frame = app.page.locator('.trends .chart-frame').first();
    await frame.scrollIntoViewIfNeeded();
    // The chart is the largest svg of the frame's body (its legend icons are small svgs too).
    const chart = await frame.locator('.chart-body').evaluate((body) => {
      const sizes = [...body.querySelectorAll('svg')].map((svg) => svg.getBoundingClientRect());
      const largest = sizes.reduce((a, b) => (b.width * b.height > a.width * a.height ? b : a));
      return { width: largest.width, height: largest.height, svgs: sizes.length };
    });
    expect(chart.width).toBeGreaterThan(200);
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      frame.getByRole('button', { name: /PNG/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    const bytes = await readFile(await download.path());
    const size = pngSize(bytes);
    expect(Math.abs(size.width - 2 * chart.width)).toBeLessThanOrEqual(2);
    // Title above and source below add height; the chart itself is drawn at 2× in between.
    expect(size.height).toBeGreaterThan(2 * chart.height + 40);
    expect(size.height).toBeLessThan(2 * chart.height + 400);

    // The title band and the source band hold dark (text) pixels, not just the white background.
    const bands = await app.page.evaluate(async (base64) => {
      const data = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      if (!context) return { top: 0, bottom: 0 };
      context.drawImage(bitmap, 0, 0);
      const dark = (y: number, rows: number) => {
        const { data: pixels } = context.getImageData(0, y, bitmap.width, rows);
        let count = 0;
        for (let i = 0; i < pixels.length; i += 4)
          if ((pixels[i] ?? 255) + (pixels[i + 1] ?? 255) + (pixels[i + 2] ?? 255) < 300) count += 1;
        return count;
      };
      // At 2×: the title's first line sits 16–38 px from the top, the source's last line ends 16 px
      // above the bottom; the chart itself is drawn between the two and reaches neither band.
      return { top: dark(30, 46), bottom: dark(bitmap.height - 68, 38) };
    }, bytes.toString('base64'));
    expect(bands.top).toBeGreaterThan(50);
    expect(bands.bottom).toBeGreaterThan(20);

    expect(await app.cspViolations()).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
