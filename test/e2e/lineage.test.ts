import { describe, expect, it } from 'vitest';
import { useSharedApp, waitForDataReady } from './support/browser';
import { papiScore } from './support/published-papi';
import { viFigure } from './support/vi-figures';

// Expected figures (papiScore) from the shipped CSV, computed independently of the app's SQL.

describe('a province merged in 2025 (Quảng Trị = Quảng Bình + Quảng Trị) on the trends screen', () => {
  const app = useSharedApp('#/trends?index=PAPI&unit=quang-tri&from=2018&to=2024&lang=vi', {
    ready: async () => {
      await waitForDataReady(app.page);
      await lineage().waitFor({ timeout: 90_000 });
    },
  });
  const lineage = () => app.page.locator('.trends-lineage');

  it('states the lineage, naming both former provinces', async () => {
    const note = (await app.page.locator('#trends-lineage-note').textContent()) ?? '';
    expect(note).toContain('Quảng Trị (từ 2025) = ');
    expect(note).toMatch(/Quảng Bình/);
    expect(note.match(/Quảng Trị/g)?.length).toBeGreaterThanOrEqual(2);
  });

  it('draws each former province as its own series up to 2024, with no combined line', async () => {
    await lineage().getByRole('button', { name: 'Bảng số liệu' }).click();
    const table = lineage().locator('table');
    const header = await table.locator('thead th').allInnerTexts();
    expect(header).toEqual(
      expect.arrayContaining(['Quảng Bình (trước 2025)', 'Quảng Trị (trước 2025)', 'Quảng Trị (từ 2025)']),
    );
    expect(header.join('|')).not.toContain('Đường gộp');
    const column = (label: string) => header.indexOf(label);
    const row2024 = await table.locator('tbody tr', { hasText: '2024' }).locator('td').allInnerTexts();
    const cells = ['Năm', ...row2024.slice(1)];
    expect(row2024[0]).toBe('2024');
    expect(cells[column('Quảng Bình (trước 2025)')]).toBe(viFigure(papiScore('quang-binh', 2024)));
    expect(cells[column('Quảng Trị (trước 2025)')]).toBe(viFigure(papiScore('quang-tri', 2024)));
    expect(cells[column('Quảng Trị (từ 2025)')]).toBe('—');
  });

  it('adds a combined line only when asked, labelled as the viewer’s own computation', async () => {
    await lineage()
      .getByLabel(/Hiện đường gộp do tôi tự tính/)
      .check();
    await app.page.waitForURL(/combined=/);
    await lineage().locator('thead th', { hasText: 'Đường gộp tự tính' }).waitFor({ timeout: 10_000 });
    expect(await lineage().locator('.chart-footnote').textContent()).toContain('phép tính của người xem');
  });

  it('finds Quảng Trị by the old name "Quảng Bình", with a note', async () => {
    const input = app.page.getByRole('combobox', { name: 'Đơn vị theo dõi' });
    await input.fill('quang binh');
    const option = app.page.getByRole('option').filter({ hasText: 'gồm Quảng Bình' }).first();
    await option.waitFor({ timeout: 10_000 });
    expect(await option.textContent()).toMatch(/^Quảng Trị.*gồm Quảng Bình.*\(trước 2025\)/);
    await input.press('Escape');
  });

  it('raises no page error', () => {
    expect(app.pageErrors).toEqual([]);
  });
});

describe('a rank across the 2025 change of peers (sample province, 63 → 34)', () => {
  const app = useSharedApp('#/trends?index=PAR&unit=mau-tinh-mau&from=2021&to=2025&lang=vi', {
    ready: async () => {
      await waitForDataReady(app.page);
      await cells(2025).first().waitFor({ timeout: 60_000 });
    },
  });
  const cells = (year: number) =>
    app.page.locator(`tr[data-component="TOTAL"][data-year="${year}"]`).first().locator('td');

  it('reads "không so sánh được" for the change of rank 2024 → 2025', async () => {
    const row = await cells(2025).allInnerTexts();
    expect(row.at(-1)).toBe('không so sánh được');
  });

  it('still gives the change of rank within the 63 provinces (2023 → 2024: 29 → 24)', async () => {
    const row = await cells(2024).allInnerTexts();
    expect(row.at(-1)).toContain('5');
    expect(row.at(-1)).not.toContain('không so sánh được');
  });
});

describe('importing a province’s own lineage (merged departments) on the data screen', () => {
  const app = useSharedApp('#/data', {
    ready: async () => {
      await waitForDataReady(app.page);
      await fileInput().waitFor({ timeout: 60_000 });
    },
  });
  const fileInput = () => app.page.getByLabel('Tải tệp quan hệ kế thừa (CSV)');
  const upload = (name: string, lines: string[]) =>
    fileInput().setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n'), 'utf8') });
  const HEADER = 'old_unit_code,new_unit_code,effective_year';

  it('refuses a faulty file as a whole, naming each line in Vietnamese', async () => {
    await upload('sai.csv', [HEADER, 'mau-so-a,mau-so-b,2025', 'mau-so-c,,25']);
    const problems = app.page.locator('.lineage-import-problems');
    await problems.waitFor({ timeout: 10_000 });
    const text = (await problems.textContent()) ?? '';
    expect(text).toContain('Không áp dụng tệp “sai.csv”');
    expect(text).toContain('Dòng 3: thiếu mã đơn vị mới');
    expect(text).toContain('Dòng 3: năm hiệu lực “25” phải gồm 4 chữ số');
  });

  it('applies a valid file, keeps it across a reload, and the trends screen shows the merger', async () => {
    await upload('sap-nhap-so.csv', [
      HEADER,
      'mau-so-thong-tin-truyen-thong,mau-so-khoa-hoc-cong-nghe,2025',
      'mau-so-khoa-hoc-cong-nghe,mau-so-khoa-hoc-cong-nghe,2025',
    ]);
    await app.page.getByText('Đã áp dụng 2 liên kết từ tệp “sap-nhap-so.csv”').waitFor({ timeout: 60_000 });
    await app.page.reload();
    await waitForDataReady(app.page);
    await app.page.getByText('Đang dùng: “sap-nhap-so.csv”, 2 liên kết').waitFor({ timeout: 60_000 });
    await app.page.goto(
      new URL('#/trends?index=PAR&unit=mau-so-khoa-hoc-cong-nghe&from=2021&to=2025&lang=vi', app.appUrl).href,
    );
    const note = app.page.locator('#trends-lineage-note');
    await note.waitFor({ timeout: 60_000 });
    expect(await note.textContent()).toMatch(/Sở Khoa học.*\(từ 2025\) = .*Sở Thông tin/);
  });

  it('removes the imported lineage on request', async () => {
    await app.page.goto(new URL('#/data', app.appUrl).href);
    await app.page.getByRole('button', { name: 'Bỏ quan hệ kế thừa đã nhập' }).click();
    await app.page.getByText('Đã bỏ quan hệ kế thừa đã nhập.').waitFor({ timeout: 60_000 });
    expect(await app.page.getByText('Đang dùng:').count()).toBe(0);
  });

  it('raises no page error', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
