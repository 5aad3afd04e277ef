import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Download } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSharedApp, waitForDataReady } from './support/browser';

const UNIT = 'can-tho';
const UNIT_NAME = 'Cần Thơ';
const YEAR = 2024;
const DIMENSIONS = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8'];

/** PAPI scores of one year straight from the bundled CSV (no SQL involved): unit → component → score. */
function papiScores(year: number): Map<string, Map<string, number>> {
  const text = readFileSync(path.resolve(import.meta.dirname, '../../data/papi.csv'), 'utf8');
  const scores = new Map<string, Map<string, number>>();
  for (const line of text.split('\n').slice(1)) {
    const cells = line.split(',');
    if (cells[0] !== 'PAPI' || Number(cells[1]) !== year) continue;
    // component_name may hold quoted commas: score, max_score and rank are the last three cells.
    const score = cells[cells.length - 3];
    const unit = cells[2];
    const component = cells[5];
    if (!score || !unit || !component) continue;
    const byUnit = scores.get(unit) ?? new Map<string, number>();
    byUnit.set(component, Number(score));
    scores.set(unit, byUnit);
  }
  return scores;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const vi = (value: number) =>
  new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);

/** Cần Thơ's dimension furthest below the 2024 median of the provinces, with its numbers. */
function expectedWeakest() {
  const scores = papiScores(YEAR);
  const candidates = DIMENSIONS.map((component) => {
    const all = [...scores.values()]
      .map((byUnit) => byUnit.get(component))
      .filter((v): v is number => v !== undefined);
    const score = scores.get(UNIT)?.get(component) ?? Number.NaN;
    return { component, score, median: median(all), best: Math.max(...all) };
  }).filter((row) => row.score < row.median);
  const weakest = candidates.sort((a, b) => b.median - b.score - (a.median - a.score))[0];
  if (!weakest) throw new Error(`no PAPI ${YEAR} dimension of ${UNIT} below the median: pick another unit`);
  return weakest;
}

async function readDownload(download: Download): Promise<Buffer> {
  const file = await download.path();
  return readFileSync(file);
}

describe('weak points screen on the bundled PAPI data', () => {
  const app = useSharedApp(`#/weak?index=PAPI&year=${YEAR}&level=province&low=median&fall=3&unit=${UNIT}`, {
    ready: async () => {
      await waitForDataReady(app.page);
      await app.page.waitForFunction(() => performance.getEntriesByName('weak:drawn').length > 0, null, {
        timeout: 60_000,
      });
    },
  });
  const expected = expectedWeakest();

  it('draws the heatmap as a table whose cells link to the trend of that unit and component', async () => {
    const link = app.page.locator(
      `table.heatmap a[href*="unit=${UNIT}"][href*="component=${expected.component}"]`,
    );
    expect(await link.count()).toBe(1);
    expect(await link.getAttribute('href')).toContain('#/trends?index=PAPI');
    expect(await app.page.locator('table.heatmap tbody tr').count()).toBeGreaterThan(55);
  });

  it("lists Cần Thơ's dimension furthest below the median as low, with its score, median and gap", async () => {
    const section = app.page.locator('section', {
      has: app.page.getByRole('heading', { name: `Điểm yếu của ${UNIT_NAME}` }),
    });
    const row = section.locator('tbody tr', { has: app.page.locator('th', { hasText: expected.component }) });
    await row.waitFor({ timeout: 30_000 });
    const text = ((await row.textContent()) ?? '').replace(/\s+/g, ' ');
    expect(text).toContain('Thấp');
    expect(text).toContain(vi(expected.score));
    expect(text).toContain(vi(expected.median));
    expect(text).toContain(vi(expected.best));
    expect(text).toContain(`Thấp hơn trung vị ${vi(expected.median - expected.score)} điểm`);
  });

  it('downloads the priority list as CSV with a BOM, Vietnamese headers and that row', async () => {
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      app.page.getByRole('button', { name: 'Tải CSV' }).last().click(),
    ]);
    expect(download.suggestedFilename()).toBe(`danh-sach-uu-tien-papi-${YEAR}.csv`);
    const text = (await readDownload(download)).toString('utf8');
    expect(text.startsWith('\uFEFFSTT,Đơn vị,Mã đơn vị,Cấp,Khối,Thành phần,Mã thành phần,Năm,Điểm,')).toBe(
      true,
    );
    const line = text
      .split('\r\n')
      .find((candidate) => candidate.includes(`,${UNIT},`) && candidate.includes(`,${expected.component},`));
    expect(line).toBeDefined();
    expect(line).toContain(`,${YEAR},${Math.round(expected.score * 10_000) / 10_000},10,`);
  });

  it('downloads the list as XLSX (a zip) without breaking the CSP', async () => {
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      app.page.getByRole('button', { name: 'Tải Excel (XLSX)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`danh-sach-uu-tien-papi-${YEAR}.xlsx`);
    expect((await readDownload(download)).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(await app.cspViolations()).toEqual([]);
    expect(app.pageErrors).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });
});
