// Same launch rules as test/e2e/support/chromium.ts: the bench measures the browser the tests use.
import { existsSync } from 'node:fs';
import sparticuz from '@sparticuz/chromium';
import { chromium } from 'playwright-core';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const QUIET_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
// Serverless-oriented switches that would weaken the CSP and same-origin behaviour being measured.
const WEAKENING_ARGS = new Set(['--disable-web-security', '--allow-running-insecure-content']);

export async function launchBrowser() {
  const executablePath = existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : await sparticuz.executablePath();
  const baseArgs = executablePath === SYSTEM_CHROMIUM ? [] : sparticuz.args;
  const args = [...baseArgs.filter((arg) => !WEAKENING_ARGS.has(arg)), ...QUIET_ARGS];
  return chromium.launch({ executablePath, args, headless: true });
}

/**
 * A fresh browser (so a fresh profile, and no wasm code cached in the process) and one page,
 * with the bench probes installed before any page script runs.
 */
export async function withFreshPage(origin, probes, work) {
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ locale: 'vi-VN' });
    // The bench must not leave the machine either.
    await context.route('**/*', (route) =>
      new URL(route.request().url()).origin === origin ? route.continue() : route.abort('blockedbyclient'),
    );
    await context.addInitScript(probes);
    return await work(await context.newPage());
  } finally {
    await browser.close();
  }
}
