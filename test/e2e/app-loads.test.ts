import { describe, expect, it } from 'vitest';
import { useSharedApp, waitForDataReady, waitForFirstChart } from './support/browser';

// One page load shared by every assertion: a cold start of DuckDB costs seconds on a 2-core machine.
describe('the built app served from a sub-path under the production CSP', () => {
  const app = useSharedApp('', {
    ready: async () => {
      try {
        await waitForDataReady(app.page);
        await waitForFirstChart(app.page);
      } catch (error) {
        // A timeout alone says little; what the page reported usually says why.
        const seen = {
          pageErrors: app.pageErrors,
          consoleErrors: app.consoleErrors,
          csp: await app.cspViolations(),
        };
        throw new Error(`${String(error)}\nSeen in the page: ${JSON.stringify(seen, null, 2)}`);
      }
    },
  });

  it('declares Vietnamese as the page language', async () => {
    expect(await app.page.locator('html').getAttribute('lang')).toBe('vi');
  });

  it('draws a chart for each of the five indices on the first screen', async () => {
    await app.page.locator('.recharts-surface').nth(4).waitFor({ timeout: 10_000 });
    expect(await app.page.locator('.recharts-surface').count()).toBeGreaterThanOrEqual(5);
  });

  it('offers a file input labelled "Nhập CSV"', async () => {
    const input = app.page.locator('input[type="file"]').and(app.page.getByLabel('Nhập CSV'));
    expect(await input.count()).toBeGreaterThan(0);
  });

  it('sends no request outside its own origin', () => {
    expect(app.offOriginRequests).toEqual([]);
  });

  it('runs without any Content Security Policy violation', async () => {
    expect(await app.cspViolations()).toEqual([]);
  });

  it('raises no page error and logs no console error', () => {
    expect(app.pageErrors).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });
});
