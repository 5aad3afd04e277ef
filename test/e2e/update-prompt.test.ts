import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../scripts/serve.mjs';
import { type AppSession, launchBrowser, openApp, waitForDataReady } from './support/browser';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** The next build's worker: the same precache manifest but for index.html's revision. */
function nextBuildWorker(current: string): string {
  const next = current.replace(/(url:"index\.html",revision:")[0-9a-f]{32}"/, `$1${'0'.repeat(32)}"`);
  if (next === current) throw new Error('dist/sw.js has no index.html entry with a revision');
  return next;
}

/** Every precached response's key and the time the server sent it. */
function cachedResponses(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const sent: Record<string, string> = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys())
        sent[request.url] = (await cache.match(request))?.headers.get('date') ?? '';
    }
    return sent;
  });
}

describe('update prompt (a newer build waits behind the one in control)', () => {
  // A copy of dist/ whose sw.js this test can replace, as a new deploy would; the rest are links.
  const root = mkdtempSync(join(tmpdir(), 'next-deploy-'));
  let server: RunningServer;
  let browser: Browser;
  let app: AppSession;
  let before: Record<string, string>;

  beforeAll(async () => {
    for (const name of readdirSync(DIST))
      if (name !== 'sw.js') symlinkSync(join(DIST, name), join(root, name));
    writeFileSync(join(root, 'sw.js'), readFileSync(join(DIST, 'sw.js')));
    server = await startServer({ root, port: 0 });
    browser = await launchBrowser();
    app = await openApp(browser, '#/?lang=vi', {}, server.url);
    await waitForDataReady(app.page);
    await app.page.waitForFunction(() => performance.getEntriesByName('app:offline-ready').length > 0, null, {
      timeout: 90_000,
      polling: 200,
    });
    before = await cachedResponses(app.page);
    // The server's Date header counts seconds: past this, a file fetched again would show it.
    await app.page.waitForTimeout(1100);
  });

  afterAll(async () => {
    await app?.close();
    await browser?.close();
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('offers the new version, having fetched only the file whose revision changed', async () => {
    const page = app.page;
    writeFileSync(join(root, 'sw.js'), nextBuildWorker(readFileSync(join(DIST, 'sw.js'), 'utf8')));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const prompt = page.locator('.update-prompt');
    await prompt.waitFor({ timeout: 60_000 });
    expect(await prompt.textContent()).toContain('Đã có phiên bản mới của ứng dụng và dữ liệu.');
    const after = await cachedResponses(page);
    const added = Object.keys(after).filter((url) => !(url in before));
    expect(added.map((url) => url.slice(server.url.length))).toEqual([
      `index.html?__WB_REVISION__=${'0'.repeat(32)}`,
    ]);
    // DuckDB's 33 MB, the data and every chunk are the very responses the first visit stored.
    const kept = Object.keys(before).filter((url) => url.includes('/assets/'));
    expect(kept.length).toBeGreaterThan(40);
    for (const url of kept) expect([url, after[url]]).toEqual([url, before[url]]);
  });

  it('reloads into the new version when asked', async () => {
    const page = app.page;
    await page.evaluate(() => {
      (window as Window & { beforeUpdate?: boolean }).beforeUpdate = true;
    });
    await Promise.all([
      page.waitForEvent('load', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Tải lại' }).click(),
    ]);
    await waitForDataReady(page);
    expect(await page.evaluate(() => (window as Window & { beforeUpdate?: boolean }).beforeUpdate)).toBe(
      undefined,
    );
    const state = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return {
        waiting: registration?.waiting ?? null,
        controlled: navigator.serviceWorker.controller !== null,
      };
    });
    expect(state).toEqual({ waiting: null, controlled: true });
    // The old build's page is gone from the cache once the new worker took over.
    const urls = Object.keys(await cachedResponses(page)).map((url) => url.slice(server.url.length));
    expect(urls.filter((url) => url.startsWith('index.html'))).toEqual([
      `index.html?__WB_REVISION__=${'0'.repeat(32)}`,
    ]);
    expect(await page.locator('.update-prompt').count()).toBe(0);
  });

  it('stays within the CSP and its own origin, with no page error', async () => {
    expect(await app.cspViolations()).toEqual([]);
    expect(app.offOriginRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
