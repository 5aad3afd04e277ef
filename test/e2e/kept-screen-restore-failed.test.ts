import { beforeAll, describe, expect, it } from 'vitest';
import { hasMark, openHeld, useProbedContext, waitForMark } from './support/held-engine';
import { firstCard, importAndKeepFirstScreen, OWN_FIRST_UNIT, unitPicker } from './support/own-data';
import { editStoredImport, hasKeptFirstScreen } from './support/stored-imports';

// The landing screen kept from the last visit counts the rows of every stored import. When one of them
// does not load again (too large, damaged), the kept figures tell of data the app does not hold: they
// are not drawn when that is known before the restore, and leave the screen the moment it fails.

const OWN_MARK = '(nội bộ)';

declare global {
  interface Window {
    /** Frames drawn with an own unit on screen after the stored data was known not to load. */
    __ownFramesAfterReady?: number;
  }
}

/** Before every frame: counts those that show an own unit once the restore is over (its mark is set). */
function countOwnFrames(own: string): void {
  window.__ownFramesAfterReady = 0;
  const frame = () => {
    if (performance.getEntriesByName('app:data-ready').length > 0) {
      const inputs = [...document.querySelectorAll('input')].some((input) => input.value.includes(own));
      const text = document.querySelector('main')?.textContent?.includes(own) === true;
      if (inputs || text) window.__ownFramesAfterReady = (window.__ownFramesAfterReady ?? 0) + 1;
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

describe('a kept first screen whose stored import does not load again', () => {
  const context = useProbedContext();

  beforeAll(() => context().addInitScript(countOwnFrames, OWN_MARK));

  it('is kept once the engine has answered the landing screen over an imported file', async () => {
    const page = await importAndKeepFirstScreen(context());
    // The probe sees an own unit on screen: here, the data is loaded.
    expect(await page.evaluate(() => window.__ownFramesAfterReady)).toBeGreaterThan(0);
    await page.close();
  });

  it('is not drawn when the stored rows are over the limit: the screen waits for the engine', async () => {
    // Its stamp still matches (same id and content hash); only the restore would refuse it.
    const editor = await openHeld(context());
    const rows = await editStoredImport(editor.page, { rowCount: 3_000_000 });
    expect(rows).toBeGreaterThan(0);
    await editor.page.close();

    const { page } = await openHeld(context());
    try {
      await page.getByText('Có dữ liệu bạn đã nhập').waitFor({ timeout: 30_000 });
      await page.waitForTimeout(1000);
      expect(await page.locator('article.overview-card').count()).toBe(0);
      expect(await hasMark(page, 'app:first-chart')).toBe(false);
      expect(await page.locator('main').innerText()).not.toContain(OWN_MARK);
    } finally {
      // Never released: the engine does not start, and the row count is put back as it was.
      await editStoredImport(page, { rowCount: rows });
      await page.close();
    }
  });

  it('leaves the screen the moment the damaged rows fail to restore, and is forgotten', async () => {
    const editor = await openHeld(context());
    // The kept screen is still there, and drawn from while the rows are intact.
    await firstCard(editor.page).waitFor({ timeout: 30_000 });
    expect(await unitPicker(editor.page).inputValue()).toBe(OWN_FIRST_UNIT.name);
    expect(await hasKeptFirstScreen(editor.page)).toBe(true);
    await editStoredImport(editor.page, { damage: true });
    await editor.page.close();

    const { page, release } = await openHeld(context());
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // Whether the rows load is not known before they are read: the kept figures are drawn meanwhile.
    await firstCard(page).waitFor({ timeout: 30_000 });
    expect(await unitPicker(page).inputValue()).toBe(OWN_FIRST_UNIT.name);
    release();
    // The app names the file that did not load, and runs on without it.
    await page.getByRole('alert').filter({ hasText: 'noi-bo-khong-khoi.csv' }).waitFor({ timeout: 90_000 });
    expect(await hasMark(page, 'app:data-ready')).toBe(true);
    // The live screen: the build's data only, on its default unit.
    await firstCard(page).waitFor({ timeout: 90_000 });
    await waitForMark(page, 'app:first-screen-live');
    await page.waitForTimeout(500);
    expect(await unitPicker(page).inputValue()).not.toContain(OWN_MARK);
    // Not one frame showed the own data once its restore had failed.
    expect(await page.evaluate(() => window.__ownFramesAfterReady)).toBe(0);
    expect(await hasKeptFirstScreen(page)).toBe(false);
    expect(errors).toEqual([]);
    await page.close();

    const next = await openHeld(context());
    await next.page.getByText('Có dữ liệu bạn đã nhập').waitFor({ timeout: 30_000 });
    expect(await next.page.locator('article.overview-card').count()).toBe(0);
    await next.page.close();
  });
});
