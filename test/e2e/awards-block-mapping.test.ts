import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSharedApp, waitForDataReady } from './support/browser';

const FIXTURE = fileURLToPath(new URL('./fixtures/awards/noi-bo-khong-khoi.csv', import.meta.url));
const RULE = 'bang-khen-don-vi';

const textOf = async (locator: Locator) => (await locator.textContent()) ?? '';
const inBlock = (page: Page, block: string, unit: string) =>
  page.locator(
    `section[aria-labelledby="rule-${RULE}"] .award-block[data-block="${block}"] tr[data-unit="${unit}"]`,
  );

/** The internal fixture with a `block` column that puts Sở Y tế in a block no rule of Sóc Trăng judges. */
async function withStrayBlock(): Promise<Buffer> {
  const lines = (await readFile(FIXTURE, 'utf8')).trim().split('\n');
  const [header = '', ...rows] = lines;
  const body = rows.map((row) => `${row},${row.includes(',tn-so-y-te,') ? 'khoi-rieng' : ''}`);
  return Buffer.from([`${header},block`, ...body].join('\n'));
}

describe('awards: units in no block are named and mapped on screen', () => {
  const app = useSharedApp('#/data', {
    ready: async () => {
      await waitForDataReady(app.page);
      await app.page.getByLabel('Nhập CSV').setInputFiles({
        name: 'khoi-rieng.csv',
        mimeType: 'text/csv',
        buffer: await withStrayBlock(),
      });
      await app.page
        .locator('.import-report')
        .filter({ hasText: 'khoi-rieng.csv' })
        .waitFor({ timeout: 60_000 });
    },
  });

  it('names the unit, and a block chosen in the table places it at once', async () => {
    await app.page.evaluate(() => {
      window.location.hash = '#/awards?ruleset=soc-trang-2021-2030';
    });
    const notice = app.page.locator('.awards-unplaced');
    await expect.poll(() => textOf(notice), { timeout: 60_000 }).toContain('Sở Y tế (nội bộ)');
    expect(await inBlock(app.page, 'so-nganh', 'tn-so-y-te').count()).toBe(0);
    expect(await inBlock(app.page, 'so-nganh', 'tn-so-cong-thuong').count()).toBe(1);

    await notice.getByLabel('Khối của Sở Y tế (nội bộ)').selectOption('so-nganh');
    await notice.getByRole('button', { name: 'Lưu bảng phân khối' }).click();
    await expect.poll(() => inBlock(app.page, 'so-nganh', 'tn-so-y-te').count(), { timeout: 30_000 }).toBe(1);
    expect(await notice.count()).toBe(0);
  });

  it('the mapping is the block registry of the data screen, and survives a reload', async () => {
    await app.page.evaluate(() => {
      window.location.hash = '#/data';
    });
    const blocks = app.page.locator('section[data-registry="blocks"]');
    await expect.poll(() => textOf(blocks), { timeout: 30_000 }).toContain('Sửa trên màn hình · 1 dòng');
    expect(await blocks.getByLabel('Dòng 1, cột code', { exact: true }).inputValue()).toBe('tn-so-y-te');
    expect(await blocks.getByLabel('Dòng 1, cột block', { exact: true }).inputValue()).toBe('so-nganh');
    await app.page.reload();
    await waitForDataReady(app.page);
    await expect
      .poll(() => textOf(app.page.locator('section[data-registry="blocks"]')), { timeout: 30_000 })
      .toContain('Sửa trên màn hình · 1 dòng');
    expect(app.pageErrors).toEqual([]);
  });
});
