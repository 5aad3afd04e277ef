import { describe, expect, it } from 'vitest';
import { useSharedApp, waitForDataReady } from './support/browser';
import { papiScore } from './support/published-papi';
import { viFigure } from './support/vi-figures';

const PERMALINK = '#/trends?index=PAPI&unit=ha-tinh&compare=quang-ninh,da-nang&from=2018&to=2024&lang=vi';

// Expected figures (papiScore) come from the CSV the app ships, computed independently of the app's SQL.

describe('trends view opened from a permalink on the bundled PAPI data', () => {
  const app = useSharedApp(PERMALINK, {
    ready: async () => {
      await waitForDataReady(app.page);
      await row('D1', 2024).waitFor({ timeout: 30_000 });
    },
  });
  const row = (component: string, year: number) =>
    app.page.locator(`tr[data-component="${component}"][data-year="${year}"]`);

  it('shows Hà Tĩnh D1 2024 and its change from 2023 in Vietnamese number format', async () => {
    const now = papiScore('ha-tinh', 2024, 'D1');
    const before = papiScore('ha-tinh', 2023, 'D1');
    const cells = await row('D1', 2024).locator('td').allInnerTexts();
    expect(cells[0]).toBe(viFigure(now));
    expect(cells[1]).toContain(viFigure(now - before, true));
    expect(cells[1]).toMatch(now >= before ? /▲/ : /▼/);
  });

  it('says "không so sánh được" for the PAPI total 2017→2018 (6 vs 8 dimensions)', async () => {
    const cells = await row('TOTAL', 2018).locator('td').allInnerTexts();
    expect(cells[0]).toBe(viFigure(papiScore('ha-tinh', 2018, 'TOTAL')));
    expect(cells[1]).toBe('không so sánh được');
  });

  it('draws the component, comparison, bump, peer and small-multiple charts', async () => {
    // Every chart is Recharts (its svg marked data-chart for the PNG export), each with a line drawn.
    expect(await app.page.locator('.trends .chart-body svg[data-chart]').count()).toBeGreaterThanOrEqual(
      4 + 8,
    );
    expect(
      await app.page.locator('.trends .chart-body:has(.recharts-line-curve)').count(),
    ).toBeGreaterThanOrEqual(4 + 8);
  });

  it('exports a small multiple as PNG and CSV, and shows its data table', async () => {
    const card = app.page.locator('.trends-small').filter({ hasText: 'D1' }).first();
    await card.scrollIntoViewIfNeeded();
    const [png] = await Promise.all([
      app.page.waitForEvent('download'),
      card.getByRole('button', { name: /PNG/ }).click(),
    ]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    const [csv] = await Promise.all([
      app.page.waitForEvent('download'),
      card.getByRole('button', { name: /CSV/ }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    await card.getByRole('button', { name: 'Bảng số liệu' }).click();
    expect(await card.locator('tbody tr', { hasText: '2024' }).locator('td').nth(1).textContent()).toBe(
      viFigure(papiScore('ha-tinh', 2024, 'D1')),
    );
  });

  it('restores the same view after a reload', async () => {
    const before = app.page.url();
    await app.page.reload();
    await waitForDataReady(app.page);
    await row('D1', 2024).waitFor({ timeout: 30_000 });
    expect(app.page.url()).toBe(before);
    expect(await app.page.locator('select[name="index"]').inputValue()).toBe('PAPI');
    expect(await app.page.locator('select[name="from"]').inputValue()).toBe('2018');
    expect(await app.page.locator('.trends-chips').textContent()).toMatch(/Quảng Ninh[\s\S]*Đà Nẵng/);
    expect(await row('D1', 2024).locator('td').first().textContent()).toBe(
      viFigure(papiScore('ha-tinh', 2024, 'D1')),
    );
  });

  it('writes a control change into the URL', async () => {
    await app.page.locator('select[name="from"]').selectOption('2020');
    await app.page.waitForURL(/from=2020/);
    await row('D1', 2019).waitFor({ state: 'detached', timeout: 10_000 });
    expect(await row('D1', 2020).count()).toBe(1);
  });

  it('redraws a chart far off screen too, without it being scrolled to', async () => {
    await app.page.evaluate(() => window.scrollTo(0, 0));
    const last = app.page.locator('.trends-small').filter({ hasText: 'D8' }).first();
    // Far below the view: it catches up after the charts in view, not by being scrolled near.
    const below = await last.evaluate((card) => card.getBoundingClientRect().top / window.innerHeight);
    expect(below).toBeGreaterThan(1.5);
    const years = () =>
      last.evaluate((card) =>
        [...card.querySelectorAll('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value')].map(
          (tick) => tick.textContent,
        ),
      );
    expect((await years()).at(-1)).toBe('2024');
    await app.page.locator('select[name="to"]').selectOption('2022');
    await app.page.waitForFunction(
      () => {
        const card = [...document.querySelectorAll('.trends-small')].find((node) =>
          node.textContent?.includes('D8'),
        );
        const ticks = card?.querySelectorAll(
          '.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value',
        );
        return ticks !== undefined && ticks.length > 0 && ticks[ticks.length - 1]?.textContent === '2022';
      },
      undefined,
      { timeout: 10_000 },
    );
    expect(await years()).toEqual(['2020', '2021', '2022']);
    expect(await app.page.evaluate(() => window.scrollY)).toBe(0);
  });

  it('raises no page error', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
