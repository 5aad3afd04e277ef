import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type AppSession, launchBrowser, openApp } from './support/browser';

// Proves the collectors are not vacuous: the other e2e tests assert that these lists stay empty.
describe('the e2e harness, on a page that breaks every rule', () => {
  let browser: Browser;
  let session: AppSession;

  beforeAll(async () => {
    browser = await launchBrowser();
    session = await openApp(browser, new URL('harness/violations.html', inject('fixturesUrl')).href);
  });

  afterAll(async () => {
    await session?.close();
    await browser?.close();
  });

  it('records a CSP violation', async () => {
    expect((await session.cspViolations()).join('\n')).toMatch(/script-src/);
  });

  it('records a page error', () => {
    expect(session.pageErrors).toContain('harness self-check');
  });

  it('aborts and records a request to another origin', async () => {
    await session.page.click('#leave', { noWaitAfter: true });
    await expect.poll(() => session.offOriginRequests).toContain('http://example.invalid/leak');
  });
});
