import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
// Launched by the rules the bench shares, so that it measures the browser the tests use.
import { launchBrowser } from '../../../scripts/chromium.mjs';

export { launchBrowser };

/** What went wrong while the page was open; every list should stay empty in a healthy run. */
export interface AppSession {
  page: Page;
  context: BrowserContext;
  /** The app's URL under its sub-path, e.g. http://127.0.0.1:41234/cchc/bang-chi-so/ */
  appUrl: string;
  /** Requests to any other origin: each was aborted before it left the machine. */
  offOriginRequests: string[];
  pageErrors: string[];
  consoleErrors: string[];
  /** CSP violations seen by the page (securitypolicyviolation events) or reported on the console. */
  cspViolations(): Promise<string[]>;
  close(): Promise<void>;
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

// Registered before any app script runs, so a violation during start-up is not missed.
function recordCspViolations(): void {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolations?.push(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'}`);
  });
}

const CSP_CONSOLE = /content security policy/i;

function watchOrigin(context: BrowserContext, origin: string, offOrigin: string[]): Promise<unknown> {
  const isOffOrigin = (url: string) => /^(https?|wss?):/.test(url) && new URL(url).origin !== origin;
  // Routing at context level also covers workers; the request listener is a second net for anything
  // routing does not see.
  context.on('request', (request) => {
    if (isOffOrigin(request.url()) && !offOrigin.includes(request.url())) offOrigin.push(request.url());
  });
  return context.route('**/*', (route) => {
    const url = route.request().url();
    if (!isOffOrigin(url)) return route.continue();
    if (!offOrigin.includes(url)) offOrigin.push(url);
    return route.abort('blockedbyclient');
  });
}

/**
 * Opens the built app (path is relative to its sub-path, e.g. '#/data') in a fresh context; `device`
 * sets e.g. a phone's viewport and touch; `appUrl` another server's copy of the app.
 */
export async function openApp(
  browser: Browser,
  path = '',
  device: BrowserContextOptions = {},
  appUrl: string = inject('appUrl'),
): Promise<AppSession> {
  const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', ...device });
  const offOriginRequests: string[] = [];
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  const consoleCsp: string[] = [];
  await watchOrigin(context, new URL(appUrl).origin, offOriginRequests);
  await context.addInitScript(recordCspViolations);
  const page = await context.newPage();
  page.on('websocket', (socket) => {
    if (new URL(socket.url()).host !== new URL(appUrl).host) offOriginRequests.push(socket.url());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (CSP_CONSOLE.test(message.text())) consoleCsp.push(message.text());
    else if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await page.goto(new URL(path, appUrl).href);
  return {
    page,
    context,
    appUrl,
    offOriginRequests,
    pageErrors,
    consoleErrors,
    async cspViolations() {
      const fromPage = await page.evaluate(() => window.__cspViolations ?? []);
      return [...fromPage, ...consoleCsp];
    },
    close: () => context.close(),
  };
}

/**
 * `openApp` in a browser of its own, launched for it: closing the session closes that browser too.
 * For a test file that needs one page and nothing else from its browser.
 */
export async function launchApp(path = '', device: BrowserContextOptions = {}): Promise<AppSession> {
  const browser = await launchBrowser();
  try {
    const app = await openApp(browser, path, device);
    return {
      ...app,
      async close() {
        await app.close();
        await browser.close();
      },
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** How `useSharedApp` opens its app. */
export interface SharedAppOptions {
  /** A device's viewport and touch, e.g. a phone's. */
  device?: BrowserContextOptions;
  /** What must hold before the tests run, once the page is open: e.g. the data being ready. */
  ready?: () => Promise<unknown>;
  /** How long opening and `ready` may take together (the hook's timeout). */
  timeout?: number;
}

/**
 * One app for the tests of the describe block (or file) that calls this: `launchApp(path)` before them,
 * then `ready`; closed after them. The session returned stands for the open one, so read it only from
 * hooks and tests.
 */
export function useSharedApp(path = '', { device = {}, ready, timeout }: SharedAppOptions = {}): AppSession {
  let open: AppSession | undefined;
  const current = (): AppSession => {
    if (!open) throw new Error('the shared app is read before it was opened');
    return open;
  };
  beforeAll(async () => {
    open = await launchApp(path, device);
    await ready?.();
  }, timeout);
  afterAll(async () => {
    await open?.close();
  });
  return {
    get page() {
      return current().page;
    },
    get context() {
      return current().context;
    },
    get appUrl() {
      return current().appUrl;
    },
    get offOriginRequests() {
      return current().offOriginRequests;
    },
    get pageErrors() {
      return current().pageErrors;
    },
    get consoleErrors() {
      return current().consoleErrors;
    },
    cspViolations: () => current().cspViolations(),
    close: () => current().close(),
  };
}

function waitForMark(page: Page, name: string, timeout: number): Promise<unknown> {
  return page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, name, {
    timeout,
    polling: 100,
  });
}

/** Resolves once the app has set `performance.mark('app:data-ready')`: bundled data is queryable. */
export function waitForDataReady(page: Page, timeout = 60_000): Promise<unknown> {
  return waitForMark(page, 'app:data-ready', timeout);
}

/** Resolves once the app has set `performance.mark('app:first-chart')`. */
export function waitForFirstChart(page: Page, timeout = 60_000): Promise<unknown> {
  return waitForMark(page, 'app:first-chart', timeout);
}

/**
 * Resolves once the service worker is active, its precache complete: src/app/service-worker.ts then
 * sets `performance.mark('app:offline-ready')`.
 */
export function waitForOfflineReady(page: Page): Promise<unknown> {
  return page.waitForFunction(() => performance.getEntriesByName('app:offline-ready').length > 0, null, {
    timeout: 90_000,
    polling: 200,
  });
}
