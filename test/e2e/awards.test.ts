import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSharedApp, waitForDataReady } from './support/browser';

const FIXTURE = fileURLToPath(new URL('./fixtures/awards/noi-bo-2021-2022.csv', import.meta.url));
const CSV_HEADER = 'rule_id,unit_code,unit_name,block,verdict,rank_in_block,evidence';

/** Waits until the verdicts for the last control change are on screen (the app's own marks). */
async function waitForDrawn(page: Page, after: number): Promise<void> {
  await page.waitForFunction(
    (since) => performance.getEntriesByName('awards:drawn').some((mark) => mark.startTime > since),
    after,
    { timeout: 30_000, polling: 50 },
  );
}
const now = (page: Page) => page.evaluate(() => performance.now());
const textOf = async (locator: Locator) => (await locator.textContent()) ?? '';

const row = (page: Page, rule: string, unit: string) =>
  page.locator(`section[aria-labelledby="rule-${rule}"] tr[data-unit="${unit}"]`);

// One browser and one page for the whole file: a cold DuckDB start costs seconds on a small machine.
describe('awards screen: the sample province, a permalink, and an imported dataset exported as CSV', () => {
  const app = useSharedApp('#/awards?ruleset=soc-trang-2021-2030&year=2025', {
    ready: async () => {
      await waitForDataReady(app.page);
      await waitForDrawn(app.page, 0);
    },
  });

  it("shows Home Affairs' 2025 near miss with its evidence", async () => {
    const homeAffairs = row(app.page, 'bang-khen-co-quan-tham-muu', 'mau-so-noi-vu');
    await expect.poll(() => textOf(homeAffairs)).toContain('Chưa đạt chỉ vì: PAR L4 giảm 0,31 điểm');
    const text = await textOf(homeAffairs);
    expect(text).toContain('Không đạt');
    expect(text).toContain('PAR L4 không tăng: 5,95 → 5,64 (-0,31, 2024–2025)');
  });

  it('keeps "not assessable" apart from "fail" and never shows a manual criterion as passed', async () => {
    const foreign = await textOf(row(app.page, 'bang-khen-don-vi', 'mau-so-ngoai-vu'));
    expect(foreign).toContain('Không đủ dữ liệu để đánh giá');
    expect(foreign).not.toContain('Không đạt');
    const health = await textOf(row(app.page, 'bang-khen-don-vi', 'mau-so-y-te'));
    expect(health).toContain('Cần Hội đồng xác nhận');
    expect(health).toContain('Hoàn thành 100 % nhiệm vụ CCHC trong năm: Cần Hội đồng xác nhận');
    expect(health).not.toMatch(/✓ Đạt/);
  });

  it('reports a broken rule file with its line and field, and keeps the rule set in use', async () => {
    const broken = '{\n  "format": "award-rule-set/1",\n  "id": 12\n}\n';
    await app.page.getByLabel('Mở tệp tiêu chí…').setInputFiles({
      name: 'hong.json',
      mimeType: 'application/json',
      buffer: Buffer.from(broken),
    });
    const alert = app.page.getByRole('alert').filter({ hasText: 'hong.json' });
    await expect.poll(() => textOf(alert)).toContain('dòng 3, trường id: phải là chuỗi');
    expect(app.page.url()).toContain('ruleset=soc-trang-2021-2030');
    await app.page.getByRole('button', { name: 'Bỏ tệp' }).first().click();
    expect(await alert.count()).toBe(0);
  });

  it('restores a period view from the permalink after a reload', async () => {
    const before = await now(app.page);
    await app.page.getByLabel('Thời gian xét').selectOption('period:2021-2025');
    await waitForDrawn(app.page, before);
    expect(app.page.url()).toContain('period=2021-2025');
    await app.page.getByLabel('Khối', { exact: true }).selectOption('so-nganh');
    await app.page.reload();
    await waitForDataReady(app.page);
    await waitForDrawn(app.page, 0);
    expect(await app.page.getByLabel('Thời gian xét').inputValue()).toBe('period:2021-2025');
    expect(await app.page.getByLabel('Khối', { exact: true }).inputValue()).toBe('so-nganh');
    expect(await textOf(row(app.page, 'co-thi-dua', 'mau-so-y-te'))).toContain('Đạt');
    expect(
      await app.page
        .locator('.award-block')
        .evaluateAll((blocks) => blocks.map((b) => b.getAttribute('data-block'))),
    ).toEqual(expect.arrayContaining(['so-nganh']));
  });

  it('judges an imported internal dataset by default and exports the list as CSV', async () => {
    await app.page.getByLabel('Nhập CSV').setInputFiles(FIXTURE);
    await app.page
      .getByRole('status')
      .filter({ hasText: 'noi-bo-2021-2022.csv' })
      .waitFor({ timeout: 60_000 });
    const imported = app.page.getByRole('checkbox', { name: /noi-bo-2021-2022\.csv/ });
    await imported.waitFor({ timeout: 30_000 });
    // Own internal data takes over with no click; the sample steps back, still on offer.
    await expect.poll(() => imported.isChecked()).toBe(true);
    const sampleBox = app.page.getByRole('checkbox', { name: /Dữ liệu mẫu \/ Sample data/ });
    expect(await sampleBox.isChecked()).toBe(false);
    let before = await now(app.page);
    await sampleBox.check();
    await waitForDrawn(app.page, before);
    // "Only my file" is one action, and any order of clicks is allowed.
    before = await now(app.page);
    await app.page.getByRole('button', { name: /Chỉ dùng nguồn này: noi-bo-2021-2022\.csv/ }).click();
    await waitForDrawn(app.page, before);
    expect(await sampleBox.isChecked()).toBe(false);
    expect(app.page.url()).toMatch(/data=imp_/);
    before = await now(app.page);
    await app.page.getByLabel('Thời gian xét').selectOption('year:2022');
    await waitForDrawn(app.page, before);
    await app.page.getByLabel('Khối', { exact: true }).selectOption('');
    expect(await textOf(app.page.locator('.awards-screen'))).toContain('chưa có danh mục cơ quan tham mưu');

    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      app.page.getByRole('button', { name: 'Tải CSV danh sách' }).click(),
    ]);
    const path = await download.path();
    const text = await readFile(path, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(CSV_HEADER);
    expect(lines).toContainEqual(
      expect.stringMatching(/^bang-khen-don-vi,tn-so-y-te,Sở Y tế \(nội bộ\),so-nganh,needs_confirmation,2,/),
    );
    const trade = lines.find((line) => line.startsWith('bang-khen-don-vi,tn-so-cong-thuong,'));
    expect(trade).toMatch(
      /,so-nganh,fail,1,".*SIPAS bình quân 2021–2022: 88,5.*Chưa đạt chỉ vì: SIPAS thiếu 1,5"$/,
    );
    expect(lines.some((line) => line.includes('mau-'))).toBe(false);
  });

  it('raises no page error on the way', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
