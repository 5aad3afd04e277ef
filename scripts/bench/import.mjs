// Import through the app's real UI (the file input labelled "Nhập CSV") vs the floor's read_csv of the
// same file, each in a fresh browser with the engine already started.
import { basename } from 'node:path';
import { withFreshPage } from './chromium.mjs';
import { longestTaskBetween, withTrace } from './main-thread.mjs';
import { installProbes, readMark, waitForAnyMark, waitForMark } from './probes.mjs';
import { firstUnitOf, waitForImportedTrends } from './trends-shown.mjs';

const READY_TIMEOUT_MS = 90_000;
const OFFLINE_TIMEOUT_MS = 30_000;
const IMPORT_TIMEOUT_MS = 300_000;
const IMPORT_LABEL = 'Nhập CSV';

class NotAvailable extends Error {
  /** failed: the app has the feature but missed the bar by not finishing at all. */
  constructor(message, failed = false) {
    super(message);
    this.failed = failed;
  }
}

async function importIntoApp(ctx, file, unit) {
  return withFreshPage(ctx.origin, installProbes, async (page) => {
    await page.goto(ctx.appUrl);
    // app:first-chart comes from the build's first-screen snapshot, before DuckDB is up: picking the
    // file then would time the engine's start-up too. The floor's engine is started before its pick,
    // so the app's is as well: its start-up pass is built (the engine answers), and the service worker
    // has precached the app (its ~40 MB would otherwise compete with the import for the two cores).
    await waitForMark(page, 'app:derived-ready', READY_TIMEOUT_MS).catch(() => {
      throw new NotAvailable('app never reached app:derived-ready');
    });
    await waitForMark(page, 'app:offline-ready', OFFLINE_TIMEOUT_MS).catch(() => undefined);
    const input = page.locator('input[type="file"]').and(page.getByLabel(IMPORT_LABEL));
    if ((await input.count()) === 0) {
      throw new NotAvailable(`no input labelled "${IMPORT_LABEL}"`);
    }
    const name = basename(file);
    // The trends wait runs inside the trace: stopping a trace takes about a second, which would otherwise
    // stand between the import and the user's next screen and be counted as the app's.
    const { result: after, events } = await withTrace(page, async () => {
      await input.first().setInputFiles(file);
      // Done is the app's mark; a rejection is an alert naming the file.
      await page
        .waitForFunction(
          (fileName) =>
            performance.getEntriesByName('app:import-done').length > 0 ||
            [...document.querySelectorAll('[role="alert"]')].some((node) =>
              node.textContent?.includes(fileName),
            ),
          name,
          { timeout: IMPORT_TIMEOUT_MS, polling: 50 },
        )
        .catch(() => {
          throw new NotAvailable(`no app:import-done within ${IMPORT_TIMEOUT_MS / 1000} s`, true);
        });
      if ((await readMark(page, 'app:import-done')) === null) return null;
      const status = await page.getByRole('status').filter({ hasText: /\S/ }).count();
      return { status, trends: await waitForImportedTrends(page, ctx.appUrl, unit) };
    });
    const done = await readMark(page, 'app:import-done');
    if (done === null || after === null) {
      const alert = await page.locator('[role="alert"]').first().textContent();
      throw new NotAvailable(`rejected: ${alert?.trim().slice(0, 80)}`);
    }
    const start = await readMark(page, 'bench:import-start');
    if (start === null) throw new NotAvailable('the file input never fired input/change');
    const { status, trends } = after;
    const longestTask = longestTaskBetween(events, 'bench:import-start', 'app:import-done');
    const trendsMs = trends.shownAt === null ? null : trends.shownAt - start;
    return { ms: done - start, longestTask, status: status > 0, trendsMs, trendsNote: trends.note };
  });
}

async function importIntoFloor(ctx, file) {
  return withFreshPage(ctx.origin, installProbes, async (page) => {
    await page.goto(ctx.floorUrl);
    await waitForMark(page, 'floor:engine-ready', READY_TIMEOUT_MS);
    const { events } = await withTrace(page, async () => {
      await page.locator('#file').setInputFiles(file);
      const mark = await waitForAnyMark(page, ['floor:import-done', 'floor:error'], IMPORT_TIMEOUT_MS);
      if (mark === 'floor:error') throw new Error(`floor: ${await page.locator('#status').textContent()}`);
    });
    const ms = (await readMark(page, 'floor:import-done')) - (await readMark(page, 'bench:import-start'));
    return { ms, longestTask: longestTaskBetween(events, 'bench:import-start', 'floor:import-done') };
  });
}

/**
 * One scenario per size: import time and import → the trends screen showing the imported unit (bars
 * 2× the floor's read_csv), and the longest main-thread task of the import (bar 200 ms).
 */
export function importScenario(rows) {
  const label = rows.toLocaleString('en-US');
  return {
    id: `import-${rows}`,
    async run(ctx) {
      const { file, generator } = await ctx.longCsv(rows);
      const floor = await importIntoFloor(ctx, file);
      let app = null;
      let note = `generated by ${generator}`;
      let failed = false;
      try {
        app = await importIntoApp(ctx, file, firstUnitOf(generator));
        if (!app.status) note += '; no role="status" message seen';
      } catch (error) {
        if (!(error instanceof NotAvailable)) throw error;
        note = error.message;
        failed = error.failed;
      }
      return [
        {
          measure: `Import ${label} rows`,
          value: app?.ms ?? null,
          floor: floor.ms,
          unit: 'ms',
          bar: { ratio: 2 },
          note,
          failed,
        },
        {
          measure: `  → trends shows the new data`,
          value: app?.trendsMs ?? null,
          floor: floor.ms,
          unit: 'ms',
          bar: { ratio: 2 },
          note: app ? (app.trendsMs === null ? app.trendsNote : 'from the file pick') : note,
          failed: failed || (app !== null && app.trendsMs === null),
        },
        {
          measure: `  longest main-thread task`,
          value: app?.longestTask ?? null,
          floor: floor.longestTask,
          unit: 'task',
          bar: { max: 200 },
          note: app
            ? app.longestTask === null
              ? 'marks missing from the trace'
              : 'from a Chromium trace'
            : note,
        },
      ];
    },
  };
}
