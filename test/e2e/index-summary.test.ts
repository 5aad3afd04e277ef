import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSharedApp, waitForDataReady } from './support/browser';

interface CsvRow {
  readonly year: string;
  readonly unit_level: string;
  readonly component_code: string;
  readonly score: string;
  readonly max_score: string;
}

/** Province totals with a published score, as % of the maximum, per year: read in Node, not by the app. */
function provincePct(file: string): Map<number, number[]> {
  const rows = Papa.parse<CsvRow>(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data.filter(
    (row) => row.component_code === 'TOTAL' && row.unit_level === 'province' && row.score !== '',
  );
  const byYear = new Map<number, number[]>();
  for (const row of rows) {
    const list = byYear.get(Number(row.year)) ?? [];
    list.push((Number(row.score) / Number(row.max_score)) * 100);
    byYear.set(Number(row.year), list);
  }
  return byYear;
}

function latest(byYear: Map<number, number[]>): { year: number; values: number[] } {
  const year = Math.max(...byYear.keys());
  return { year, values: byYear.get(year) ?? [] };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const vi = (value: number) =>
  new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);

const summaryOf = (page: Page, index: string) =>
  page.locator(`article:has(#index-${index}) .chart-summary`).textContent();

describe('the five index cards under the overview state what their medians cover', () => {
  const app = useSharedApp('#/?unit=ha-tinh&lang=vi', {
    ready: async () => {
      await waitForDataReady(app.page, 90_000);
      await app.page.locator('article:has(#index-PAPI) .chart-summary').waitFor({ timeout: 30_000 });
    },
  });

  it('gives the PAPI median of the provinces computed from the CSV, and says n/63 were published', async () => {
    const { year, values } = latest(provincePct('papi.csv'));
    expect(values.length).toBeGreaterThanOrEqual(5);
    const text = await summaryOf(app.page, 'PAPI');
    expect(text).toContain(`Năm ${year}: trung vị ${vi(median(values))}%`);
    expect(text).toContain(`${values.length}/63 đơn vị được công bố`);
  });

  it('shows no median over the one or two provinces of PAR and SIPAS, nor over the sample province', async () => {
    for (const [index, file] of [
      ['PAR', 'par_index.csv'],
      ['SIPAS', 'sipas.csv'],
    ] as const) {
      const { year, values } = latest(provincePct(file));
      expect(values.length).toBeLessThan(5);
      const text = await summaryOf(app.page, index);
      expect(text).toContain(`Năm ${year}:`);
      expect(text).toContain(`chỉ có ${values.length} đơn vị, không tính trung vị`);
    }
  });

  it('shows no PCI median in a top-30-only year, and says how many of the 63 are in the data', async () => {
    const { year, values } = latest(provincePct('pci.csv'));
    const text = await summaryOf(app.page, 'PCI');
    expect(text).toBe(
      `Năm ${year}: ${values.length}/63 đơn vị được công bố; nhà công bố chỉ công bố 30 đơn vị đầu, không tính trung vị.`,
    );
  });
});
