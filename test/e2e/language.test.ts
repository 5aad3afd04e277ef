import { describe, expect, it } from 'vitest';
import { useSharedApp, waitForDataReady } from './support/browser';

describe('language: permalink, <html lang>, remembered choice', () => {
  const app = useSharedApp('#/?lang=en', {
    ready: () => waitForDataReady(app.page),
  });

  it('opens a permalink with lang=en in English', async () => {
    const page = app.page;
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.title()).toBe('Reform Index Dashboard');
    expect(await page.getByRole('navigation', { name: 'Main navigation' }).isVisible()).toBe(true);
    expect(await page.locator('nav a[aria-current="page"]').textContent()).toBe('Overview');
  });

  it('keeps lang=en in every nav link', async () => {
    const hrefs = await app.page
      .locator('nav a')
      .evaluateAll((links) => links.map((l) => l.getAttribute('href')));
    expect(hrefs.every((href) => href?.includes('lang=en'))).toBe(true);
  });

  it('switches to Vietnamese from the header, in the URL and <html lang>', async () => {
    const page = app.page;
    await page.getByLabel('Language').selectOption('vi');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('vi');
    expect(await page.evaluate(() => window.location.hash)).toContain('lang=vi');
    expect(await page.locator('nav a[aria-current="page"]').textContent()).toBe('Tổng quan');
    expect(await page.title()).toBe('Bảng theo dõi chỉ số cải cách hành chính');
  });

  it('remembers the last choice when a link without lang= is opened', async () => {
    const page = app.page;
    await page.getByLabel('Ngôn ngữ').selectOption('en');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await page.goto(new URL('#/data', app.appUrl).href);
    await page.reload();
    await waitForDataReady(page);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('nav a[aria-current="page"]').textContent()).toBe('Data');
  });

  it('raises no page error', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
