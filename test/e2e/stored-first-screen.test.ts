import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  drawEveryChart,
  hasMark,
  openHeld,
  useProbedContext,
  waitForKeptFirstScreen,
  waitForMark,
  waitForStartUpNoticeGone,
} from './support/held-engine';
import { firstCard, importAndKeepFirstScreen, OWN_FIRST_UNIT, unitPicker } from './support/own-data';
import { changeStoredImports, storedImports } from './support/stored-imports';

// The landing screen over the user's own data: kept by the app once the engine answered it, drawn
// from there on the next visit while DuckDB's wasm is held back, and never once the stored imports
// are not the ones it was answered from.

/** Another of the file's units, picked on the trends screen. */
const OTHER_NAME = 'Huyện Bình Sơn (nội bộ)';
const OTHER_CODE = 'tn-huyen-binh-son';

const cardsText = (page: Page) => page.locator('.overview-grid').innerText();

describe('the first screen over own data, kept from the last visit', () => {
  const context = useProbedContext();
  let liveCards = '';

  it('is kept once the engine has answered the landing screen over an imported file', async () => {
    // The landing screen, opened after the import: on the user's own first unit.
    const page = await importAndKeepFirstScreen(context());
    await drawEveryChart(page);
    liveCards = await cardsText(page);
    expect(liveCards).toMatch(/\d/);
    expect((await storedImports(page)).map((entry) => entry.kind)).toEqual(['arrow-rows-v1']);
    await page.close();
  });

  it('draws the own figures before the engine is up; the live ones are the same, nothing redrawn', async () => {
    const { page, release } = await openHeld(context());
    await firstCard(page).waitFor({ timeout: 30_000 });
    await waitForMark(page, 'app:first-chart');
    // Drawn while the engine could not have answered: its wasm has not even arrived.
    expect(await hasMark(page, 'app:data-ready')).toBe(false);
    expect(await unitPicker(page).inputValue()).toBe(OWN_FIRST_UNIT.name);
    // Out of view, charts wait while the engine starts; scrolled near, they draw from the kept answers.
    await drawEveryChart(page);
    expect(await hasMark(page, 'app:data-ready')).toBe(false);
    const before = await cardsText(page);
    expect(before).toBe(liveCards);
    expect(await page.locator('.overview-grid svg').count()).toBeGreaterThan(0);
    await page.evaluate(() => window.__watchCharts?.());

    release();
    await waitForMark(page, 'app:first-screen-live');
    await waitForStartUpNoticeGone(page);
    // The stored file was restored, and the engine's answers are the ones drawn.
    expect(await hasMark(page, 'import:restored-rows')).toBe(true);
    expect(await cardsText(page)).toBe(before);
    expect(await page.evaluate(() => window.__chartMutations)).toBe(0);
    await page.close();
  });

  it('opens on a home unit picked on another screen, its own cards drawn before the engine is up', async () => {
    const trends = await openHeld(context(), '#/trends?lang=vi');
    trends.release();
    await expect
      .poll(() => unitPicker(trends.page).inputValue(), { timeout: 30_000 })
      .toBe(OWN_FIRST_UNIT.name);
    await unitPicker(trends.page).fill('binh son');
    await trends.page.getByRole('option', { name: OTHER_NAME }).first().click();
    await trends.page.waitForFunction((code) => location.hash.includes(`unit=${code}`), OTHER_CODE);
    // Kept while the landing screen is not shown: the next visit opens on this unit.
    await waitForKeptFirstScreen(trends.page, OTHER_CODE);
    await trends.page.close();

    const { page, release } = await openHeld(context());
    await firstCard(page).waitFor({ timeout: 30_000 });
    expect(await hasMark(page, 'app:data-ready')).toBe(false);
    expect(await unitPicker(page).inputValue()).toBe(OTHER_NAME);
    const before = await cardsText(page);
    expect(before).toMatch(/\d/);
    expect(before).not.toBe(liveCards);
    await page.evaluate(() => window.__watchCharts?.());

    release();
    await waitForMark(page, 'app:first-screen-live');
    await waitForStartUpNoticeGone(page);
    // The live cards are the kept ones: nothing redrawn at the hand-over.
    expect(await unitPicker(page).inputValue()).toBe(OTHER_NAME);
    expect(await cardsText(page)).toBe(before);
    expect(await page.evaluate(() => window.__chartMutations)).toBe(0);
    await page.close();
  });

  it('is not drawn once another import is stored: the screen waits for the engine, and says so', async () => {
    // Changed behind this app's back (another tab; a reload during an import's write): its engine never starts.
    const other = await openHeld(context());
    await changeStoredImports(other.page, { copyAs: 'imp_other' });
    await other.page.close();

    const { page, release } = await openHeld(context());
    await page.getByText('Có dữ liệu bạn đã nhập').waitFor({ timeout: 30_000 });
    await page.waitForTimeout(1000);
    expect(await page.locator('article.overview-card').count()).toBe(0);
    expect(await hasMark(page, 'app:first-chart')).toBe(false);
    release();
    await firstCard(page).waitFor({ timeout: 90_000 });
    expect(await hasMark(page, 'app:data-ready')).toBe(true);
    await page.close();
  });

  it('is not drawn once the imports are removed: the build figures are, none of the own ones', async () => {
    const other = await openHeld(context());
    await changeStoredImports(other.page, 'clear');
    await other.page.close();

    const { page } = await openHeld(context());
    await page.locator('article[data-index="PAPI"]').getByTestId('latest-value').waitFor({ timeout: 30_000 });
    expect(await hasMark(page, 'app:data-ready')).toBe(false);
    expect(await unitPicker(page).inputValue()).not.toBe(OWN_FIRST_UNIT.name);
    expect(await cardsText(page)).not.toBe(liveCards);
    expect(await page.locator('main').innerText()).not.toContain('(nội bộ)');
    await page.close();
  });
});
