import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSharedApp, waitForDataReady } from './support/browser';
import { OWN_DATA_CSV, OWN_FIRST_UNIT, unitPicker } from './support/own-data';

const textOf = async (locator: Locator) => (await locator.textContent()) ?? '';
const go = (page: Page, hash: string) =>
  page.evaluate((target) => {
    window.location.hash = target;
  }, hash);

describe('own internal data first on trends and weak points, the sample one click away', () => {
  const app = useSharedApp('#/data', {
    ready: async () => {
      await waitForDataReady(app.page);
      await app.page.getByLabel('Nhập CSV').setInputFiles(OWN_DATA_CSV);
      const report = app.page.locator('.import-report').filter({ hasText: 'noi-bo-khong-khoi.csv' });
      await report.waitFor({ timeout: 60_000 });
      // The report sits over the screen's top; closing it is what a user does next.
      await report.getByRole('button', { name: 'Đóng thông báo' }).click();
    },
  });

  it('trends opens on the first own unit, on an index it has, with only own units to pick', async () => {
    await go(app.page, '#/trends');
    await expect.poll(() => unitPicker(app.page).inputValue(), { timeout: 30_000 }).toBe(OWN_FIRST_UNIT.name);
    await expect.poll(() => app.page.url(), { timeout: 30_000 }).toContain('unit=tn-so-cong-thuong');
    expect(await app.page.getByRole('radio', { name: 'Dữ liệu của tôi' }).isChecked()).toBe(true);
    expect(await app.page.getByRole('radio', { name: /Tỉnh Mẫu \(dữ liệu mẫu\)/ }).isChecked()).toBe(false);
    await unitPicker(app.page).fill('mau');
    const list = app.page.getByRole('listbox', { name: 'Đơn vị theo dõi' });
    expect(await list.getByRole('option').count()).toBe(0);
    await unitPicker(app.page).fill('noi bo');
    expect(await list.getByRole('option').count()).toBe(4);
    await unitPicker(app.page).fill('');
  });

  it('weak points opens on own PAR data; one click on the sample switches, labelled, in the URL', async () => {
    await go(app.page, '#/weak');
    const screen = app.page.locator('.weak-screen');
    await expect
      .poll(() => textOf(screen), { timeout: 30_000 })
      .toContain(`Điểm yếu của ${OWN_FIRST_UNIT.name}`);
    expect(await textOf(screen)).toMatch(/PAR|CCHC/);
    // Ranked among the file's two departments only, never among the sample's: every rank is "n/2".
    const heatmapSummary = screen.locator('.chart-summary').first();
    await expect.poll(() => textOf(heatmapSummary), { timeout: 30_000 }).toMatch(/^2 đơn vị ×/);
    const rankCells = screen.locator('table.weak-table:not(.priority-table) tbody tr td:nth-of-type(7)');
    await expect.poll(() => rankCells.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    for (const rank of await rankCells.allTextContents()) expect(rank).toMatch(/^[12]\/2$/);
    expect(await textOf(screen)).not.toContain('(Tỉnh Mẫu)');
    await app.page.getByRole('radio', { name: /Tỉnh Mẫu \(dữ liệu mẫu\)/ }).click();
    await expect.poll(() => app.page.url(), { timeout: 30_000 }).toContain('scope=sample');
    await expect.poll(() => textOf(screen), { timeout: 30_000 }).toMatch(/Điểm yếu của [\s\S]*\(Tỉnh Mẫu\)/);
    expect(await textOf(screen)).toContain('Dữ liệu mẫu / Sample data');
    // The sample's departments are ranked among themselves: many more than the file's two.
    const sampleRanks = await screen
      .locator('table.weak-table:not(.priority-table) tbody tr td:nth-of-type(7)')
      .allTextContents();
    expect(sampleRanks.length).toBeGreaterThan(0);
    for (const rank of sampleRanks) expect(Number(rank.split('/')[1])).toBeGreaterThan(2);
  });

  it('remembers the choice: trends opened afresh shows the sample, and own data is one click back', async () => {
    await go(app.page, '#/trends');
    await expect.poll(() => unitPicker(app.page).inputValue(), { timeout: 30_000 }).toContain('(Tỉnh Mẫu)');
    await app.page.getByRole('radio', { name: 'Dữ liệu của tôi' }).click();
    await expect.poll(() => unitPicker(app.page).inputValue(), { timeout: 30_000 }).toBe(OWN_FIRST_UNIT.name);
    expect(app.page.url()).toContain('scope=own');
    expect(app.pageErrors).toEqual([]);
  });
});
