import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSharedApp, waitForDataReady } from './support/browser';

interface Stop {
  readonly tag: string;
  readonly text: string;
  readonly type: string | null;
  readonly className: string;
  /** Outline width in px on the element or, for a hidden file input, on its visible label. */
  readonly outline: number;
}

/** Describes the focused element and how visibly it shows its focus. */
function focusedStop(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement) || element === document.body) return null;
    const labels = element instanceof HTMLInputElement ? [...(element.labels ?? [])] : [];
    const outline = Math.max(
      ...[element, ...labels].map((candidate) => {
        const style = getComputedStyle(candidate);
        return style.outlineStyle === 'none' ? 0 : Number.parseFloat(style.outlineWidth);
      }),
    );
    return {
      tag: element.tagName.toLowerCase(),
      text: (element.textContent ?? '').trim().slice(0, 60),
      type: element.getAttribute('type'),
      className: element.className,
      outline,
    };
  });
}

describe('keyboard only', () => {
  const app = useSharedApp('#/?lang=vi', {
    ready: async () => {
      await waitForDataReady(app.page);
      // Tab from the top of the page through the header and into the content.
      for (let step = 0; step < 14; step += 1) {
        await app.page.keyboard.press('Tab');
        const stop = await focusedStop(app.page);
        if (stop) stops.push(stop);
      }
    },
  });
  const stops: Stop[] = [];

  it('reaches the skip link first', () => {
    expect(stops[0]?.className).toContain('skip-link');
  });

  it('reaches every nav link, the import control, the language and theme switches', () => {
    const navTexts = stops.filter((stop) => stop.tag === 'a').map((stop) => stop.text);
    expect(navTexts).toEqual(expect.arrayContaining(['Tổng quan', 'Dữ liệu']));
    expect(stops.some((stop) => stop.tag === 'input' && stop.type === 'file')).toBe(true);
    expect(stops.filter((stop) => stop.tag === 'select').length).toBeGreaterThanOrEqual(2);
  });

  it('shows a focus outline of at least 2 px at every stop', () => {
    expect(stops.filter((stop) => stop.outline < 2)).toEqual([]);
  });

  it('moves the focus to the main content with the skip link, without leaving the screen', async () => {
    const page = app.page;
    await page.locator('.skip-link').focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // The route lives in the hash: following `#main` literally would open a "not found" screen.
    expect(await page.evaluate(() => window.location.hash.split('?')[0])).toBe('#/');
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('switches the theme with the arrow keys', async () => {
    const page = app.page;
    await page.getByLabel('Giao diện').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
  });

  it('opens a screen from the nav with Enter and marks it as current', async () => {
    const page = app.page;
    const dataLink = page.locator('nav a', { hasText: 'Dữ liệu' });
    await dataLink.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => dataLink.getAttribute('aria-current')).toBe('page');
    expect(await page.locator('nav a[aria-current="page"]').count()).toBe(1);
  });
});
