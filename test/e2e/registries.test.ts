import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSharedApp, waitForDataReady } from './support/browser';

const textOf = async (locator: Locator) => (await locator.textContent()) ?? '';
const advising = (page: Page) => page.locator('section[data-registry="advising"]');
const homeAffairs = (page: Page) =>
  page.locator('section[aria-labelledby="rule-bang-khen-co-quan-tham-muu"] tr[data-unit="mau-so-noi-vu"]');
const justice = (page: Page) =>
  page.locator('section[aria-labelledby="rule-bang-khen-co-quan-tham-muu"] tr[data-unit="mau-so-tu-phap"]');

async function openAwards2025(page: Page): Promise<void> {
  const before = await page.evaluate(() => performance.now());
  await page.evaluate(() => {
    window.location.hash = '#/awards?ruleset=soc-trang-2021-2030&year=2025&data=sample';
  });
  await page.waitForFunction(
    (since) => performance.getEntriesByName('awards:drawn').some((mark) => mark.startTime > since),
    before,
    { timeout: 60_000, polling: 50 },
  );
}

async function openData(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.location.hash = '#/data';
  });
  await advising(page).waitFor({ timeout: 30_000 });
}

// One page for the whole file: a cold DuckDB start costs seconds on a small machine.
describe('registries on the data screen: edit, download, upload, and the awards follow', () => {
  const app = useSharedApp('#/data', {
    ready: () => waitForDataReady(app.page),
  });

  it("starts the advising map from the sample's and shows the rules that depend on it", async () => {
    const section = advising(app.page);
    await section.getByRole('button', { name: 'Bắt đầu từ danh mục mẫu (Tỉnh Mẫu)' }).click();
    await expect.poll(() => textOf(section)).toContain('Nguồn: tinh-mau-advising.csv · 40 dòng');
    const deps = app.page.locator('[data-registry-deps="advising"]');
    expect(await deps.locator('[data-clause="bang-khen-co-quan-tham-muu/linh-vuc-tang"]').count()).toBe(2);
    expect(await textOf(deps)).toContain('dùng chỉ số thành phần cơ quan tham mưu');
    expect(await app.page.locator('[data-registry-deps="blocks"] li').count()).toBeGreaterThan(0);
  });

  it('moving 2025 L4 from Home Affairs to Justice on screen changes the 2025 verdicts', async () => {
    await openAwards2025(app.page);
    await expect.poll(() => textOf(homeAffairs(app.page))).toContain('PAR L4 không tăng');
    expect(await textOf(justice(app.page))).not.toContain('PAR L4');

    await openData(app.page);
    const cell = advising(app.page).getByLabel('Dòng 36, cột unit_code', { exact: true });
    expect(await cell.inputValue()).toBe('mau-so-noi-vu');
    expect(await advising(app.page).getByLabel('Dòng 36, cột component_code').inputValue()).toBe('L4');
    await cell.fill('mau-so-tu-phap');
    await advising(app.page).getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect.poll(() => textOf(advising(app.page))).toContain('Sửa trên màn hình · 40 dòng');

    await openAwards2025(app.page);
    await expect.poll(() => textOf(justice(app.page))).toContain('PAR L4');
    expect(await textOf(homeAffairs(app.page))).not.toContain('PAR L4');
  });

  it('downloads the map as CSV and opens it again unchanged (round trip)', async () => {
    await openData(app.page);
    const section = advising(app.page);
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      section.getByRole('button', { name: 'Tải về CSV' }).click(),
    ]);
    const path = await download.path();
    const text = await readFile(path, 'utf8');
    expect(text.startsWith('\uFEFFyear,component_code,unit_code\r\n')).toBe(true);
    expect(text).toContain('2025,L4,mau-so-tu-phap\r\n');
    expect(text.trim().split('\r\n')).toHaveLength(41);
    await section.getByLabel('Mở tệp CSV…').setInputFiles({
      name: 'tham-muu-sua.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(text.replace('2025,L4,mau-so-tu-phap', '2025,L4,mau-so-noi-vu')),
    });
    await expect.poll(() => textOf(section)).toContain('Nguồn: tham-muu-sua.csv · 40 dòng');
    expect(await section.getByLabel('Dòng 36, cột unit_code', { exact: true }).inputValue()).toBe(
      'mau-so-noi-vu',
    );
  });

  it('a bad CSV names row and column and changes nothing', async () => {
    const section = advising(app.page);
    const bad =
      'year,component_code,unit_code\n2025,L1,mau-so-noi-vu\n2.025,L2,mau-so-tu-phap\n2025,L9,mau-khong-co\n';
    await section.getByLabel('Mở tệp CSV…').setInputFiles({
      name: 'hong.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(bad),
    });
    const alert = section.getByRole('alert');
    await expect.poll(() => textOf(alert)).toContain('Không dùng tệp “hong.csv”');
    const text = await textOf(alert);
    expect(text).toContain('Dòng 3, cột year: “2.025” không phải năm');
    expect(text).toContain('Dòng 4, cột component_code: không có chỉ số thành phần PAR mã “L9”');
    expect(text).toContain('Dòng 4, cột unit_code: không có đơn vị mã “mau-khong-co”');
    expect(await textOf(section)).toContain('Nguồn: tham-muu-sua.csv · 40 dòng');
    expect(await section.locator('tbody tr').count()).toBe(40);
  });

  it('an edit that breaks a row is refused with its row and column, the saved map stays', async () => {
    const section = advising(app.page);
    await section.getByLabel('Dòng 2, cột year', { exact: true }).fill('20x5');
    await section.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect.poll(() => textOf(section.getByRole('alert'))).toContain('Dòng 2, cột year');
    expect(await textOf(section)).toContain('Nguồn: tham-muu-sua.csv · 40 dòng');
    expect(app.pageErrors).toEqual([]);
  });

  it('lists the clauses of a rule set the user opened on the awards screen, not only the bundled ones', async () => {
    // The bundled rule set as a province would adapt it: its own id, title and rule ids.
    const bundled = readFileSync(
      new URL('../../data/award-rules/soc-trang-2021-2030.json', import.meta.url),
      'utf8',
    );
    const custom = bundled
      .replace('"id": "soc-trang-2021-2030"', '"id": "tinh-thu-2026"')
      .replace('Phong trào thi đua CCHC tỉnh Sóc Trăng giai đoạn 2021–2030', 'Bộ tiêu chí riêng của tỉnh thử')
      .replaceAll('bang-khen-co-quan-tham-muu', 'khen-tham-muu-tinh-thu');
    expect(custom).toContain('"id": "tinh-thu-2026"');
    await openAwards2025(app.page);
    await app.page.getByLabel('Mở tệp tiêu chí…').setInputFiles({
      name: 'tieu-chi-tinh-thu.json',
      mimeType: 'application/json',
      buffer: Buffer.from(custom),
    });
    await expect.poll(() => app.page.url(), { timeout: 30_000 }).toContain('ruleset=tinh-thu-2026');

    await openData(app.page);
    const picker = app.page.getByLabel('Bộ tiêu chí', { exact: true });
    expect(await picker.inputValue()).toBe('tinh-thu-2026');
    const deps = app.page.locator('[data-registry-deps="advising"]');
    expect(await textOf(deps)).toContain('Bộ tiêu chí riêng của tỉnh thử');
    expect(await deps.locator('[data-clause="khen-tham-muu-tinh-thu/linh-vuc-tang"]').count()).toBe(2);
    expect(await deps.locator('[data-clause^="bang-khen-co-quan-tham-muu/"]').count()).toBe(0);
    // The bundled rule sets stay one choice away.
    await picker.selectOption('soc-trang-2021-2030');
    await expect
      .poll(() => deps.locator('[data-clause="bang-khen-co-quan-tham-muu/linh-vuc-tang"]').count())
      .toBe(2);
    expect(app.pageErrors).toEqual([]);
  });
});
