import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSharedApp, waitForDataReady } from './support/browser';
import { papiRank, papiScore, papiScoresOf } from './support/published-papi';
import { viFigure } from './support/vi-figures';

const UNIT = 'ha-tinh';
const YEAR = 2024;
/** Hà Tĩnh has no target of its own in data/targets: the briefing takes the plans' base year. */
const PLAN_BASE = 2021;
const DIMENSIONS = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8'];

/** The base-year sentence as a reader should get it, from the CSV alone. */
function baseSentence(base: number, source: string): string {
  const change = papiScore(UNIT, YEAR) - papiScore(UNIT, base);
  const places = papiRank(UNIT, base).rank - papiRank(UNIT, YEAR).rank;
  const score =
    change === 0 ? 'giữ nguyên điểm' : `${change > 0 ? 'tăng' : 'giảm'} ${viFigure(Math.abs(change))} điểm`;
  const rank =
    places === 0 ? 'thứ hạng giữ nguyên' : `thứ hạng ${places > 0 ? 'tăng' : 'giảm'} ${Math.abs(places)} bậc`;
  return `So với năm ${base} (${source}), PAPI ${score}; ${rank}.`;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = (sorted.length - 1) / 2;
  return ((sorted[Math.floor(middle)] ?? 0) + (sorted[Math.ceil(middle)] ?? 0)) / 2;
};
const rankIn = (scores: Map<string, number>, unit: string): number => {
  const own = scores.get(unit) ?? Number.NaN;
  return [...scores.values()].filter((score) => score > own).length + 1;
};

/**
 * The weak-points screen's default rules, recomputed from the CSV: below the provinces' median, or a
 * score down on the year before, or down 3 places or more; most points behind the best first.
 */
function expectedWeak(): string[] {
  return DIMENSIONS.flatMap((code, order) => {
    const now = papiScoresOf(YEAR, code);
    const before = papiScoresOf(YEAR - 1, code);
    const own = now.get(UNIT) ?? Number.NaN;
    const low = own < median([...now.values()]);
    const fell = own < (before.get(UNIT) ?? Number.NaN);
    const lostPlaces = rankIn(now, UNIT) - rankIn(before, UNIT) >= 3;
    return low || fell || lostPlaces ? [{ code, order, lost: Math.max(...now.values()) - own }] : [];
  })
    .sort((a, b) => b.lost - a.lost || a.order - b.order)
    .slice(0, 3)
    .map((row) => row.code);
}

describe('the briefing and trends against a base year (Hà Tĩnh, PAPI)', () => {
  const app = useSharedApp(`#/briefing?unit=${UNIT}&year=${YEAR}&lang=vi`, {
    ready: async () => {
      await waitForDataReady(app.page, 90_000);
      await papi().locator('li[data-fact="base"]').waitFor({ timeout: 60_000 });
    },
  });
  const papi = (): Locator => app.page.locator('section[data-index="PAPI"]');
  const baseText = () => papi().locator('li[data-fact="base"]').textContent();

  it('states the change from the plans’ base year as computed from the CSV, in words and in the table', async () => {
    expect(await baseText()).toBe(baseSentence(PLAN_BASE, 'năm gốc của kế hoạch'));
    const change = papiScore(UNIT, YEAR) - papiScore(UNIT, PLAN_BASE);
    expect(await papi().locator('tr[data-fact="base-change"] td').textContent()).toBe(viFigure(change, true));
  });

  it('names the weak components by the weak-points rules, in catalogue names', async () => {
    await papi().locator('li[data-fact="weak"]').first().waitFor({ timeout: 60_000 });
    const codes = await papi()
      .locator('li[data-fact="weak"]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-component')));
    expect(codes).toEqual(expectedWeak());
    const first = await papi().locator('li[data-fact="weak"]').first().textContent();
    expect(first).toMatch(/^Điểm yếu: /);
    expect(first).not.toMatch(/[A-Z][a-z]+ [a-z]+ of /);
  });

  it('takes a chosen base year from the URL, and keeps it over a reload', async () => {
    await app.page.locator('select[name="base"]').selectOption('2019');
    await app.page.waitForFunction(
      () => location.hash.includes('baseline=base') && location.hash.includes('base=2019'),
    );
    const expected = baseSentence(2019, 'năm gốc đã chọn');
    await app.page.waitForFunction(
      (text) =>
        document.querySelector('section[data-index="PAPI"] li[data-fact="base"]')?.textContent === text,
      expected,
    );
    await app.page.reload();
    await papi().locator('li[data-fact="base"]').waitFor({ timeout: 60_000 });
    await app.page.waitForFunction(
      (text) =>
        document.querySelector('section[data-index="PAPI"] li[data-fact="base"]')?.textContent === text,
      expected,
      { timeout: 60_000 },
    );
  });

  it('switches the trends table to a base year: the URL and the numbers change', async () => {
    await app.page.evaluate(() => {
      location.hash = '#/trends?index=PAPI&unit=ha-tinh&from=2016&to=2024&lang=vi';
    });
    const cell = () => app.page.locator('tr[data-component="TOTAL"][data-year="2024"] td').nth(1);
    await cell().waitFor({ timeout: 60_000 });
    const yearly = papiScore(UNIT, YEAR) - papiScore(UNIT, YEAR - 1);
    expect(await cell().innerText()).toContain(viFigure(yearly, true));
    await app.page.locator('select[name="baseline"]').selectOption('base');
    await app.page.waitForFunction(
      () => location.hash.includes('baseline=base') && location.hash.includes('base=2016'),
    );
    await app.page.locator('select[name="base"]').selectOption(String(PLAN_BASE));
    await app.page.waitForFunction(() => location.hash.includes('base=2021'));
    const fromBase = papiScore(UNIT, YEAR) - papiScore(UNIT, PLAN_BASE);
    await app.page.locator('table.trends-yoy[data-base="2021"]').waitFor({ timeout: 30_000 });
    await expect.poll(() => cell().innerText(), { timeout: 30_000 }).toContain(viFigure(fromBase, true));
    expect(await app.page.locator('table.trends-yoy thead').innerText()).toContain('Thay đổi so với 2021');
    // Across the 2018 method change the total is never compared with 2021.
    expect(await app.page.locator('tr[data-component="TOTAL"][data-year="2017"] td').nth(1).innerText()).toBe(
      'không so sánh được',
    );
  });

  it('draws the baseline on the trends chart too: its level and the change to the last year follow the URL', async () => {
    const chart = app.page.locator('[data-testid="compare-chart"]');
    const summary = () => chart.locator('.chart-summary').innerText();
    const levelLabel = (base: number) =>
      chart.locator('svg text', { hasText: `Hà Tĩnh năm gốc ${base}: ${viFigure(papiScore(UNIT, base))}` });
    const stated = (base: number) =>
      `So với năm gốc ${base}, Hà Tĩnh năm ${YEAR} thay đổi ${viFigure(papiScore(UNIT, YEAR) - papiScore(UNIT, base), true)}.`;
    await expect.poll(summary, { timeout: 30_000 }).toContain(stated(PLAN_BASE));
    await levelLabel(PLAN_BASE).first().waitFor({ timeout: 30_000 });
    await app.page.locator('select[name="base"]').selectOption('2019');
    await app.page.waitForFunction(() => location.hash.includes('base=2019'));
    await expect.poll(summary, { timeout: 30_000 }).toContain(stated(2019));
    await levelLabel(2019).first().waitFor({ timeout: 30_000 });
    expect(await levelLabel(PLAN_BASE).count()).toBe(0);
    // Back to the previous year (the default): no baseline is drawn or stated.
    await app.page.locator('select[name="baseline"]').selectOption('previous');
    await expect.poll(summary, { timeout: 30_000 }).not.toContain('năm gốc');
    // A chart out of view catches up with its words a frame later.
    await expect
      .poll(() => chart.locator('svg text', { hasText: 'năm gốc' }).count(), { timeout: 5_000 })
      .toBe(0);
  });
});
