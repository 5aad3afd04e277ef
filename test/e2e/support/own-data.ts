import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { openHeld, waitForKeptFirstScreen, waitForMark } from './held-engine';
import { importCsv } from './import-file';

/** A province's own departments and districts (PAR and SIPAS), in the long layout with no block column. */
export const OWN_DATA_CSV = fileURLToPath(
  new URL('../fixtures/awards/noi-bo-khong-khoi.csv', import.meta.url),
);

/** The file's first unit: the landing screen opens on it once the file is imported. */
export const OWN_FIRST_UNIT = { name: 'Sở Công Thương (nội bộ)', code: 'tn-so-cong-thuong' } as const;

/** The header's picker of the unit followed. */
/** The latest value of the landing screen's first card. */
export const firstCard = (page: Page) =>
  page.locator('article.overview-card').first().getByTestId('latest-value');

export const unitPicker = (page: Page) => page.getByRole('combobox', { name: 'Đơn vị theo dõi' });

/**
 * On a page of `context` whose engine is let through at once: imports the own data on the data screen,
 * opens the landing screen, checks it is on the file's first unit, and waits until the app has kept that
 * first screen. The page is left open.
 */
export async function importAndKeepFirstScreen(context: BrowserContext): Promise<Page> {
  const { page, release } = await openHeld(context, '#/data?lang=vi');
  release();
  await waitForMark(page, 'app:data-ready');
  await importCsv(page, OWN_DATA_CSV);
  await page.evaluate(() => {
    window.location.hash = '#/?lang=vi';
  });
  await expect.poll(() => unitPicker(page).inputValue(), { timeout: 30_000 }).toBe(OWN_FIRST_UNIT.name);
  await waitForKeptFirstScreen(page, OWN_FIRST_UNIT.code);
  return page;
}
