import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSharedApp, waitForDataReady } from './support/browser';
import { papiMovers, papiRank, papiScore } from './support/published-papi';
import { viFigure } from './support/vi-figures';

const UNIT = 'ha-tinh';
const YEAR = 2024;

describe('the briefing of a real province (Hà Tĩnh, PAPI)', () => {
  const app = useSharedApp('#/?unit=ha-tinh&lang=vi', {
    ready: async () => {
      await waitForDataReady(app.page, 90_000);
      // Reached from the overview, as a leader would.
      await app.page.getByTestId('open-briefing').click();
      await app.page.waitForFunction(() => location.hash.startsWith('#/briefing'));
      await papiSection().locator('table.briefing-movers').first().waitFor({ timeout: 60_000 });
    },
  });
  const papiSection = (): Locator => app.page.locator('section[data-index="PAPI"]');

  it('opens on the latest year and states value, change and rank as computed from the CSV', async () => {
    const value = papiScore(UNIT, YEAR);
    const change = value - papiScore(UNIT, YEAR - 1);
    const sentence = await papiSection().locator('li[data-fact="value"]').textContent();
    expect(sentence).toBe(
      `Năm ${YEAR}, PAPI của Hà Tĩnh đạt ${viFigure(value)}/80 điểm, ${change >= 0 ? 'tăng' : 'giảm'} ${viFigure(Math.abs(change))} điểm so với năm ${YEAR - 1}.`,
    );
    const { rank, peers } = papiRank(UNIT, YEAR);
    const before = papiRank(UNIT, YEAR - 1).rank;
    expect(await papiSection().locator('li[data-fact="rank"]').textContent()).toContain(
      `Xếp thứ ${rank}/${peers}`,
    );
    expect(await papiSection().locator('tr[data-fact="rank"] td').textContent()).toBe(`${rank}/${peers}`);
    const places = before - rank;
    expect(await papiSection().locator('tr[data-fact="rank-change"] td').textContent()).toBe(
      places === 0 ? '0' : `${places > 0 ? '+' : '-'}${Math.abs(places)}`,
    );
  });

  it('names the three dimensions that rose most and fell most, with their changes', async () => {
    const { rises, falls } = papiMovers(UNIT, YEAR);
    const [risers, fallers] = [
      papiSection().locator('table.briefing-movers').nth(0),
      papiSection().locator('table.briefing-movers').nth(1),
    ];
    const codes = (table: Locator) =>
      table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-component')));
    expect(await codes(risers)).toEqual(rises.map((c) => c.code));
    expect(await codes(fallers)).toEqual(falls.map((c) => c.code));
    const firstRise = rises[0];
    if (firstRise) {
      expect(await risers.locator('tbody tr td').first().textContent()).toBe(
        `+${viFigure(firstRise.change)}`,
      );
    }
    expect(await papiSection().locator('li[data-fact="mover"]').count()).toBe(rises.length + falls.length);
  });

  it('names the source of the figures, and labels none of these published ones as sample', async () => {
    expect(await papiSection().locator('.briefing-source').textContent()).toContain('papi.org.vn');
    expect(await papiSection().locator('.badge-sample').count()).toBe(0);
  });

  it('says PCI 2024 was not published for Hà Tĩnh (top 30 only) and gives its last figure, 2011', async () => {
    // pci.csv: Hà Tĩnh's last PCI total is 2011 (65.97); from 2023 VCCI released only the top 30.
    const pci = app.page.locator('section[data-index="PCI"] li[data-fact="value"]');
    expect(await pci.textContent()).toBe(
      `Năm ${YEAR}, PCI của Hà Tĩnh không được công bố (nhà công bố chỉ công bố 30 đơn vị đầu); số liệu gần nhất là năm 2011: ${viFigure(65.97)}/100 điểm.`,
    );
  });

  it('links every sentence to the chart or table behind it', async () => {
    const links = await papiSection()
      .locator('.briefing-sentences li')
      .evaluateAll((items) =>
        items.map((item) => ({
          fact: item.getAttribute('data-fact') ?? '',
          component: item.getAttribute('data-component') ?? '',
          href: item.querySelector('a')?.getAttribute('href') ?? '',
        })),
      );
    expect(links.map((link) => link.fact)).toEqual(
      expect.arrayContaining(['value', 'rank', 'base', 'mover', 'weak']),
    );
    for (const { fact, component, href } of links) {
      const [path, query] = href.split('?');
      const params = new URLSearchParams(query);
      if (fact === 'weak') {
        expect(path).toBe('#/weak');
        expect([params.get('index'), params.get('year'), params.get('unit')]).toEqual([
          'PAPI',
          String(YEAR),
          UNIT,
        ]);
        continue;
      }
      expect(path).toBe('#/trends');
      expect([params.get('index'), params.get('unit')]).toEqual(['PAPI', UNIT]);
      if (fact === 'mover') expect(params.get('focus')).toBe(component);
      if (fact === 'base') expect([params.get('baseline'), params.get('base')]).toEqual(['base', '2021']);
      if (fact === 'value' || fact === 'rank' || fact === 'band') expect(params.get('baseline')).toBeNull();
    }
  });

  it('never states a plain change of the total across the 2018 break', async () => {
    await app.page.locator('select[name="year"]').selectOption('2018');
    await app.page.waitForFunction(() => location.hash.includes('year=2018'));
    const sentence = papiSection().locator('li[data-fact="value"]');
    await app.page.waitForFunction(() =>
      document
        .querySelector('section[data-index="PAPI"] li[data-fact="value"]')
        ?.textContent?.includes('2018'),
    );
    expect(await sentence.textContent()).toBe(
      `Năm 2018, PAPI của Hà Tĩnh đạt ${viFigure(papiScore(UNIT, 2018))}/80 điểm; không so sánh được với năm 2017 vì phương pháp tính đã thay đổi.`,
    );
    expect(await papiSection().locator('tr[data-fact="change"] td').textContent()).toBe('không so sánh được');
  });

  it('labels the sample province as sample data', async () => {
    await app.page.goto(new URL('#/briefing?unit=mau-tinh-mau&lang=vi', app.appUrl).href);
    const par = app.page.locator('section[data-index="PAR"]');
    await par.waitFor({ timeout: 60_000 });
    expect(await par.locator('.badge-sample').textContent()).toBe('Dữ liệu mẫu / Sample data');
    expect(await par.locator('.briefing-source').textContent()).toContain('Dữ liệu mẫu, hư cấu');
  });
});
