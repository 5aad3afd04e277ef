import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSharedApp, waitForDataReady } from './support/browser';

// Page.evaluate runs through the DevTools protocol, which the page's CSP does not govern: axe is
// injected that way, while a <script> tag (inline or from another origin) would be blocked.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface Finding {
  readonly screen: string;
  readonly rule: string;
  readonly impact: string;
  readonly targets: string[];
}

declare global {
  interface Window {
    axe?: { run: (context: Document, options: object) => Promise<AxeResults> };
  }
}
interface AxeResults {
  violations: { id: string; impact?: string | null; nodes: { target: unknown[] }[] }[];
}

/** The nav's own links, so a screen added to the routes is checked without touching this file. */
async function navHashes(page: Page): Promise<string[]> {
  return page.locator('nav a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

/** Opens a screen without a reload and waits until lazy chunks and queries have settled. */
async function showScreen(page: Page, hash: string): Promise<void> {
  await page.evaluate((target) => {
    window.location.hash = target;
  }, hash);
  await page.waitForFunction(() => document.querySelectorAll('[aria-busy="true"]').length === 0, null, {
    timeout: 30_000,
    polling: 100,
  });
  // Charts measure themselves one frame after mounting.
  await page.waitForTimeout(300);
}

type AxeScope = 'all' | 'all-but-contrast' | 'contrast';

const AXE_OPTIONS: Record<AxeScope, object> = {
  all: { runOnly: WCAG_AA },
  // Switching language changes words, not colours: the costly contrast rule runs once per theme.
  'all-but-contrast': { runOnly: WCAG_AA, rules: { 'color-contrast': { enabled: false } } },
  contrast: { runOnly: { type: 'rule', values: ['color-contrast'] } },
};

async function seriousViolations(page: Page, screen: string, scope: AxeScope): Promise<Finding[]> {
  const results = await page.evaluate(
    (options) => window.axe?.run(document, options) ?? Promise.reject(new Error('axe is not loaded')),
    AXE_OPTIONS[scope],
  );
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      screen,
      rule: violation.id,
      impact: violation.impact ?? '',
      targets: violation.nodes.slice(0, 5).map((node) => JSON.stringify(node.target)),
    }));
}

const withLang = (hash: string, lang: string) => {
  const [path = '#/', query = ''] = hash.split('?');
  const params = new URLSearchParams(query);
  params.set('lang', lang);
  return `${path}?${params}`;
};

describe('axe-core (WCAG 2.1 AA) on every screen in the nav', () => {
  const app = useSharedApp('', {
    ready: async () => {
      await waitForDataReady(app.page);
      await app.page.evaluate(AXE_SOURCE);
      screens = await navHashes(app.page);
    },
  });
  let screens: string[];

  it('finds the screens from the nav', () => {
    expect(screens.length).toBeGreaterThanOrEqual(2);
  });

  it.each([
    ['vi', 'all'],
    ['en', 'all-but-contrast'],
  ] as const)('reports no serious or critical violation in %s (light theme)', async (lang, scope) => {
    const findings: Finding[] = [];
    for (const hash of screens) {
      const target = withLang(hash, lang);
      await showScreen(app.page, target);
      expect(await app.page.locator('html').getAttribute('lang')).toBe(lang);
      findings.push(...(await seriousViolations(app.page, target, scope)));
    }
    expect(findings).toEqual([]);
  });

  it('keeps text contrast at AA in the dark theme on every screen', async () => {
    await showScreen(app.page, '#/?lang=vi');
    await app.page.getByLabel('Giao diện').selectOption('dark');
    expect(await app.page.locator('html').getAttribute('data-theme')).toBe('dark');
    const findings: Finding[] = [];
    for (const hash of screens) {
      const target = withLang(hash, 'vi');
      await showScreen(app.page, target);
      findings.push(...(await seriousViolations(app.page, target, 'contrast')));
    }
    expect(findings).toEqual([]);
  });

  it('draws the first series in a colour that stands out on the dark background', async () => {
    await showScreen(app.page, '#/?lang=vi');
    const stroke = await app.page
      .locator('.recharts-line-curve')
      .first()
      .evaluate((path) => getComputedStyle(path).stroke);
    expect(stroke).toBe('rgb(86, 180, 233)');
  });

  it('raises no page error while switching screens', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
