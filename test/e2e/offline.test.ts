import { describe, expect, it } from 'vitest';
import { useSharedApp, waitForDataReady, waitForFirstChart, waitForOfflineReady } from './support/browser';

describe('offline after the first visit (service worker)', () => {
  const app = useSharedApp('#/?lang=vi', {
    ready: async () => {
      await waitForDataReady(app.page);
      await waitForOfflineReady(app.page);
    },
  });

  it('precaches the app, its data and DuckDB eh files, and not the unused mvp pair', async () => {
    const cached = await app.page.evaluate(async () => {
      const names = await caches.keys();
      const urls: string[] = [];
      for (const name of names) {
        for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
      }
      return { names, urls };
    });
    expect(cached.names).toHaveLength(1);
    const keys = cached.urls.map((url) => url.slice(app.appUrl.length));
    // Workbox keys a file by its URL when the name carries a content hash (all of assets/), and adds an
    // MD5 of the content to the others, so a new deploy fetches only files whose key changed.
    expect(keys.filter((key) => key.startsWith('assets/') && key.includes('__WB_REVISION__'))).toEqual([]);
    expect(keys).toEqual(
      expect.arrayContaining([expect.stringMatching(/^index\.html\?__WB_REVISION__=[0-9a-f]{32}$/)]),
    );
    const files = keys.map((key) => key.replace(/\?__WB_REVISION__=.*$/, ''));
    expect(files).toEqual(
      expect.arrayContaining(['index.html', 'manifest.webmanifest', 'icons/icon-192.png']),
    );
    for (const pattern of [
      /duckdb-eh-.*\.wasm$/,
      /duckdb-browser-eh\.worker-.*\.js$/,
      /bundled-scores-.*\.arrow$/,
      /\.css$/,
      /first-screen-.*\.json$/,
      /trends-screen-.*\.js$/,
    ]) {
      expect(files.some((file) => pattern.test(file))).toBe(true);
    }
    expect(files.some((file) => /mvp/.test(file))).toBe(false);
  });

  it('reloads with the network cut and still draws the data', async () => {
    const page = app.page;
    await app.context.setOffline(true);
    try {
      await page.reload();
      await waitForDataReady(page);
      await waitForFirstChart(page);
      expect(await page.locator('.recharts-surface').count()).toBeGreaterThan(0);
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      // A link with a query is the same page; another path under the app's folder is not.
      await page.goto(`${app.appUrl}?from=mail#/?lang=vi`);
      await waitForFirstChart(page);
      // In a page of its own: Chromium's offline error page cannot navigate back into the app.
      const stray = await app.context.newPage();
      try {
        const other = await stray.goto(`${app.appUrl}no-such-page`).catch(() => null);
        expect(other?.ok() ?? false).toBe(false);
      } finally {
        await stray.close();
      }
      await page.goto(`${app.appUrl}#/?lang=vi`);
      await waitForDataReady(page);
    } finally {
      await app.context.setOffline(false);
    }
  });

  it('links a web app manifest that the server serves', async () => {
    const manifest = await app.page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
      return link ? ((await (await fetch(link.href)).json()) as { start_url: string; name: string }) : null;
    });
    expect(manifest?.start_url).toBe('./');
    expect(manifest?.name).toBe('Bảng theo dõi chỉ số cải cách hành chính');
  });

  it('stays within the CSP and its own origin, with no page error', async () => {
    expect(await app.cspViolations()).toEqual([]);
    expect(app.offOriginRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
