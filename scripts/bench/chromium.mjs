// The browser the e2e tests use, launched by the same rules (scripts/chromium.mjs).
import { launchBrowser } from '../chromium.mjs';

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
