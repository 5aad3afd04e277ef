// How the e2e tests (test/e2e/support/browser.ts) and the bench (scripts/bench/chromium.mjs) launch
// Chromium: one set of rules, so the bench measures the browser the tests use.
import { existsSync } from 'node:fs';
import sparticuz from '@sparticuz/chromium';
import { chromium } from 'playwright-core';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

// Nothing may reach the internet, not even the browser's own background services.
const QUIET_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

// @sparticuz/chromium targets serverless sandboxes and switches web security off; the tests check, and
// the bench measures, same-origin and CSP behaviour, so those switches stay out.
const WEAKENING_ARGS = new Set(['--disable-web-security', '--allow-running-insecure-content']);

/** Headless Chromium: the system one where present, else the copy @sparticuz/chromium extracts to /tmp. */
export async function launchBrowser() {
  const executablePath = existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : await sparticuz.executablePath();
  const baseArgs = executablePath === SYSTEM_CHROMIUM ? [] : sparticuz.args;
  const args = [...baseArgs.filter((arg) => !WEAKENING_ARGS.has(arg)), ...QUIET_ARGS];
  return chromium.launch({ executablePath, args, headless: true });
}
