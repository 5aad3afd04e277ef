import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSharedApp, waitForDataReady } from './support/browser';

/** Pages of a PDF as Chromium writes it: one `/Type /Page` object each (`/Pages` is the tree). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/** Width and height in points of the first page. */
function mediaBox(pdf: Buffer): number[] {
  const box = pdf.toString('latin1').match(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/);
  return box ? [Number(box[3]) - Number(box[1]), Number(box[4]) - Number(box[2])] : [];
}

async function printToPdf(page: Page): Promise<Buffer> {
  await page.emulateMedia({ media: 'print' });
  return page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
}

interface SampleRow {
  readonly year: string;
  readonly unit_code: string;
  readonly component_code: string;
  readonly block: string;
}
// The sample departments of 2024 (block so-nganh) read from the CSV text, with no SQL involved.
const SAMPLE_FILES = ['tinh-mau-par.csv', 'tinh-mau-sipas.csv'].map(
  (name) => new URL(`../../data/sample/${name}`, import.meta.url),
);
const departments2024 = new Set(
  SAMPLE_FILES.flatMap(
    (file) => Papa.parse<SampleRow>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data,
  )
    .filter((row) => row.block === 'so-nganh' && row.year === '2024' && row.component_code === 'TOTAL')
    .map((row) => row.unit_code),
);

describe('the briefing on A4 paper', () => {
  const app = useSharedApp('#/briefing?unit=ha-tinh&year=2024&lang=vi', {
    ready: async () => {
      await app.page.setViewportSize({ width: 1366, height: 900 });
      await waitForDataReady(app.page, 90_000);
      await app.page
        .locator('section[data-index="PAPI"] table.briefing-movers')
        .first()
        .waitFor({ timeout: 60_000 });
    },
  });

  it('prints on one or two A4 pages, without the controls, with the source of each index', async () => {
    const page = app.page;
    const pdf = await printToPdf(page);
    const pages = pdfPages(pdf);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    expect(await page.locator('.briefing-controls').isVisible()).toBe(false);
    expect(await page.locator('[data-testid="print-briefing"]').isVisible()).toBe(false);
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    const sections = page.locator('section.briefing-index');
    const count = await sections.count();
    expect(count).toBeGreaterThan(0);
    for (let at = 0; at < count; at++) {
      const source = sections.nth(at).locator('.briefing-source');
      expect(await source.isVisible()).toBe(true);
      expect(await source.textContent()).toMatch(/^Nguồn: .+\(\d{4}–\d{4}\)/);
    }
    expect(await page.locator('section[data-index="PAPI"] .briefing-source').textContent()).toContain(
      'UNDP, CECODES',
    );
    // A4 portrait (a briefing reads top to bottom): 595 × 842 pt.
    const [width = 0, height = 0] = mediaBox(pdf);
    expect(Math.round(width)).toBe(595);
    expect(Math.round(height)).toBe(842);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.briefing-controls').isVisible()).toBe(true);
  });

  it("links to the council pack of the unit's own block and year", async () => {
    const href = await app.page.getByTestId('open-pack').getAttribute('href');
    expect(href).toContain('#/briefing/pack?');
    expect(href).toContain('year=2024');
    expect(href).toContain('block=province');
  });

  it("opens, from a department's briefing, the pack of that department's block: its units, that year", async () => {
    const page = app.page;
    const [department] = [...departments2024].sort();
    expect(department).toBeDefined();
    await page.evaluate((unit) => {
      window.location.hash = `#/briefing?unit=${unit}&year=2024&lang=vi`;
    }, department ?? '');
    const link = page.locator('[data-testid="open-pack"][href*="block=so-nganh"]');
    await link.waitFor({ timeout: 60_000 });
    expect(await link.getAttribute('href')).toContain('year=2024');
    await link.click();
    await page.locator('section.pack-page').first().waitFor({ timeout: 60_000 });
    expect(await page.locator('select[name="block"]').inputValue()).toBe('so-nganh');
    expect(await page.locator('select[name="year"]').inputValue()).toBe('2024');
    await page.locator('[data-testid="print-pack"]:not([disabled])').waitFor({ timeout: 120_000 });
    const units = await page
      .locator('section.pack-page')
      .evaluateAll((sections) => sections.map((section) => section.getAttribute('data-unit')));
    expect(new Set(units)).toEqual(departments2024);
  });
});

describe('the council pack: one A4 page per unit', () => {
  const app = useSharedApp('#/briefing/pack?block=so-nganh&year=2024&lang=vi', {
    ready: async () => {
      await app.page.setViewportSize({ width: 1366, height: 900 });
      await waitForDataReady(app.page, 90_000);
    },
  });

  it('draws the pages one after another, shows progress, then enables printing', async () => {
    const page = app.page;
    const print = page.getByTestId('print-pack');
    await print.waitFor({ timeout: 60_000 });
    expect(await page.locator('.pack-status progress').getAttribute('max')).toBe(
      String(departments2024.size),
    );
    await page.waitForFunction(
      () => document.querySelector('[data-testid="print-pack"]')?.hasAttribute('disabled') === false,
      null,
      { timeout: 120_000, polling: 100 },
    );
    expect(await page.getByTestId('pack-progress').textContent()).toBe(
      `Đã dựng xong ${departments2024.size} trang; có thể in.`,
    );
    const units = await page
      .locator('section.pack-page')
      .evaluateAll((pages) => pages.map((section) => section.getAttribute('data-unit') ?? ''));
    expect(new Set(units)).toEqual(departments2024);
    expect(units.length).toBe(departments2024.size);
  });

  it('prints exactly one page per unit, each with its sources', async () => {
    const page = app.page;
    const pdf = await printToPdf(page);
    expect(pdfPages(pdf)).toBe(departments2024.size);
    expect(await page.locator('.pack-status').isVisible()).toBe(false);
    const withSource = await page
      .locator('section.pack-page')
      .evaluateAll((pages) => pages.filter((section) => section.querySelector('.briefing-source')).length);
    expect(withSource).toBe(departments2024.size);
    await page.emulateMedia({ media: 'screen' });
  });

  it('keeps a bad block in the URL harmless: the default block is shown instead', async () => {
    const page = app.page;
    await page.evaluate(() => {
      window.location.hash = "#/briefing/pack?block=x'%20OR%201=1&year=2024&lang=vi";
    });
    await page.locator('select[name="block"]').waitFor();
    expect(await page.locator('select[name="block"]').inputValue()).toBe('province');
    expect(app.pageErrors).toEqual([]);
  });
});
