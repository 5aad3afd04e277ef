import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSharedApp, waitForDataReady } from './support/browser';

/** The documented long layout with no `block` column: departments and districts of one province. */
const FIXTURE = fileURLToPath(new URL('./fixtures/awards/noi-bo-khong-khoi.csv', import.meta.url));
const FILE_NAME = 'noi-bo-khong-khoi.csv';

const textOf = async (locator: Locator) => (await locator.textContent()) ?? '';
const inBlock = (page: Page, rule: string, block: string, unit: string) =>
  page.locator(
    `section[aria-labelledby="rule-${rule}"] .award-block[data-block="${block}"] tr[data-unit="${unit}"]`,
  );

describe('awards on an imported internal dataset without a block column', () => {
  const app = useSharedApp('#/data', {
    ready: () => waitForDataReady(app.page),
  });

  it('imports the file on the data screen', async () => {
    await app.page.getByLabel('Nhập CSV').setInputFiles(FIXTURE);
    const report = app.page.locator('.import-report').filter({ hasText: FILE_NAME });
    await report.waitFor({ timeout: 60_000 });
    expect(await textOf(report)).toMatch(/Đã nhập tệp/);
  });

  it("opens awards with no other action and judges the file's units in the rule set's default blocks", async () => {
    await app.page.getByRole('link', { name: 'Khen thưởng' }).click();
    await app.page.waitForFunction(() => performance.getEntriesByName('awards:drawn').length > 0, null, {
      timeout: 60_000,
      polling: 50,
    });
    // The import is the data in force, the sample is not.
    expect(
      await app.page.getByRole('checkbox', { name: new RegExp(FILE_NAME.replace('.', '\\.')) }).isChecked(),
    ).toBe(true);
    expect(await app.page.getByRole('checkbox', { name: /Dữ liệu mẫu \/ Sample data/ }).isChecked()).toBe(
      false,
    );

    const rule = 'bang-khen-don-vi';
    const health = inBlock(app.page, rule, 'so-nganh', 'tn-so-y-te');
    await expect.poll(() => health.count(), { timeout: 30_000 }).toBe(1);
    expect(await textOf(health)).toContain('Cần Hội đồng xác nhận');
    const trade = await textOf(inBlock(app.page, rule, 'so-nganh', 'tn-so-cong-thuong'));
    expect(trade).toContain('Không đạt');
    expect(trade).toContain('SIPAS thiếu 1,5');
    for (const district of ['tn-huyen-an-phu', 'tn-huyen-binh-son'])
      expect(await inBlock(app.page, rule, 'cap-huyen', district).count()).toBe(1);
    // Nobody is left outside a block, so no unit is named as such.
    expect(await app.page.locator('.awards-unplaced').count()).toBe(0);
  });

  it("names the province's PAR components the advising-agency certificate needs, with the layout", async () => {
    const section = app.page.locator('section[aria-labelledby="rule-bang-khen-co-quan-tham-muu"]');
    const text = await textOf(section);
    expect(text).toContain('Thiếu dữ liệu cho tiêu chí này');
    expect(text).toContain('unit_level = province');
    expect(text).toContain('index,year,unit_code,unit_name,unit_level,component_code');
  });

  it('downloads the rule set as a template that opens again as a rule-set file of its own', async () => {
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      app.page.getByRole('button', { name: 'Tải về bộ tiêu chí này làm mẫu (JSON)' }).click(),
    ]);
    const text = await readFile(await download.path(), 'utf8');
    expect(JSON.parse(text)).toMatchObject({ id: 'soc-trang-2021-2030-tuy-chinh', blockDefaults: {} });
    await app.page.getByLabel('Mở tệp tiêu chí…').setInputFiles({
      name: 'mau.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await expect.poll(() => app.page.url()).toContain('ruleset=soc-trang-2021-2030-tuy-chinh');
    await app.page.getByRole('button', { name: 'Bỏ tệp' }).first().click();
  });

  it('lets every box be cleared, and then says why nobody is judged and what to do', async () => {
    await app.page.getByRole('checkbox', { name: new RegExp(FILE_NAME.replace('.', '\\.')) }).uncheck();
    await expect
      .poll(() => textOf(app.page.getByRole('alert').filter({ hasText: 'Chưa chọn dữ liệu nào' })))
      .toContain('trang Dữ liệu');
    const section = app.page.locator('section[aria-labelledby="rule-bang-khen-don-vi"]');
    await expect.poll(() => textOf(section)).toContain('Không có đơn vị thuộc các khối');
    expect(app.page.url()).toContain('data=none');
  });

  it('raises no page error on the way', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
