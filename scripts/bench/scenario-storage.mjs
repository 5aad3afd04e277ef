// Stored imports: reload with 1,000,000 imported rows (restored from stored rows, not the CSV) beside
// the cold floor; page memory after that import; and what the app does with 5,000,000 rows.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { withFreshPage } from './chromium.mjs';
import { measureColdFloor } from './cold-load.mjs';
import { median } from './median.mjs';
import { installProbes, readMark, waitForMark } from './probes.mjs';
import { browserMemory } from './process-memory.mjs';

const ROWS = 1_000_000;
const HUGE_ROWS = 5_000_000;
const RELOADS = 3;
const READY_TIMEOUT_MS = 120_000;
const IMPORT_TIMEOUT_MS = 300_000;
const USABLE_MS = 60_000;
const IMPORT_LABEL = 'Nhập CSV';

/** The app's limit, read from its one constant (the bench runs plain Node, not TypeScript). */
async function importLimit() {
  const source = await readFile(new URL('../../src/ingest/size-limit.ts', import.meta.url), 'utf8');
  return Number(/MAX_IMPORT_ROWS = ([\d_]+)/.exec(source)?.[1].replaceAll('_', '') ?? Number.NaN);
}

/** Picks the file through the app's input; resolves to 'imported' or the refusal's text. */
async function pickFile(page, file) {
  await page.locator('input[type="file"]').and(page.getByLabel(IMPORT_LABEL)).first().setInputFiles(file);
  const name = basename(file);
  const handle = await page.waitForFunction(
    (fileName) => {
      if (performance.getEntriesByName('app:import-done').length > 0) return 'imported';
      const alert = [...document.querySelectorAll('[role="alert"]')].find((node) =>
        node.textContent?.includes(fileName),
      );
      return alert ? `refused: ${alert.textContent}` : null;
    },
    name,
    { timeout: IMPORT_TIMEOUT_MS, polling: 50 },
  );
  return handle.jsonValue();
}

async function importAndKeep(page, ctx, file) {
  await page.goto(ctx.appUrl);
  await waitForMark(page, 'app:first-chart', READY_TIMEOUT_MS);
  const outcome = await pickFile(page, file);
  if (outcome !== 'imported') throw new Error(outcome.slice(0, 100));
  await waitForMark(page, 'import:persisted', IMPORT_TIMEOUT_MS);
}

async function engineMemoryMb(page, ctx) {
  await page.goto(new URL('#/data', ctx.appUrl).href);
  const bytes = await page.locator('.engine-memory').getAttribute('data-bytes', { timeout: 60_000 });
  return Number(bytes) / 2 ** 20;
}

async function reloadAndMemory(ctx, file) {
  return withFreshPage(ctx.origin, installProbes, async (page) => {
    await importAndKeep(page, ctx, file);
    // Memory once the derived facts are built too: what the page holds while the user works.
    await waitForMark(page, 'app:derived-ready', READY_TIMEOUT_MS * 2).catch(() => undefined);
    const duckdbMb = await engineMemoryMb(page, ctx);
    const memory = await browserMemory();
    const firstCharts = [];
    const liveAnswers = [];
    const restores = [];
    const fromKept = [];
    let restored = true;
    for (let run = 0; run < RELOADS; run += 1) {
      await page.goto(ctx.appUrl);
      await page.reload();
      await waitForMark(page, 'app:first-chart', READY_TIMEOUT_MS);
      firstCharts.push(await readMark(page, 'app:first-chart'));
      // Drawn from the kept first screen when the chart came before the engine was up.
      fromKept.push((await readMark(page, 'app:data-ready')) === null);
      // The engine answering over the restored rows: what a user waits for beyond the first screen.
      await waitForMark(page, 'app:live-answering', READY_TIMEOUT_MS);
      liveAnswers.push(await readMark(page, 'app:live-answering'));
      restores.push(
        (await readMark(page, 'import:restored-rows')) - (await readMark(page, 'boot:bundled-loaded')),
      );
      const marks = await page.evaluate(() => ({
        restored: performance.getEntriesByName('import:restored-rows').length,
        prepared: performance.getEntriesByName('import:prepared').length,
      }));
      restored &&= marks.restored === 1 && marks.prepared === 0;
    }
    return {
      firstChart: median(firstCharts),
      liveAnswering: median(liveAnswers),
      restoreMs: median(restores),
      fromKept: fromKept.filter(Boolean).length,
      restored,
      duckdbMb,
      memory,
    };
  });
}

async function hugeFile(ctx, file) {
  return withFreshPage(ctx.origin, installProbes, async (page) => {
    await page.goto(ctx.appUrl);
    await waitForMark(page, 'app:first-chart', READY_TIMEOUT_MS);
    const outcome = await pickFile(page, file);
    const picked = await readMark(page, 'bench:import-start');
    const since = async () => (await page.evaluate(() => performance.now())) - picked;
    if (outcome !== 'imported') return { refused: true, ms: await since(), outcome };
    await page.goto(new URL('#/trends?index=PAR&unit=U000001', ctx.appUrl).href);
    await page
      .locator('.trends svg[data-chart]')
      .first()
      .waitFor({ timeout: USABLE_MS * 2 });
    return { refused: false, ms: await since(), outcome };
  });
}

export const storageScenario = {
  id: 'stored-1000000',
  async run(ctx) {
    const { file } = await ctx.longCsv(ROWS);
    const floor = await measureColdFloor(ctx, RELOADS);
    const app = await reloadAndMemory(ctx, file);
    const note = app.restored ? 'restored from stored rows, no CSV parsed' : 'CSV parsed again on reload';
    return [
      {
        measure: 'Reload, 1,000,000 imported rows → first chart',
        value: app.firstChart,
        floor,
        unit: 'ms',
        bar: { ratio: 1.3 },
        note: `${note}; ${app.fromKept} of ${RELOADS} drawn before the engine was up; median of ${RELOADS}; cold floor`,
      },
      {
        measure: '  reload → engine answering the first screen',
        value: app.liveAnswering,
        floor,
        unit: 'ms',
        bar: null,
        note: `app:live-answering, median of ${RELOADS}; for information`,
      },
      {
        measure: '  of which the restore of the stored rows',
        value: app.restoreMs,
        floor: null,
        unit: 'ms',
        bar: null,
        note: 'bundled data loaded → stored rows restored; for information',
      },
      {
        measure: '  page memory after the import (browser RSS)',
        value: app.memory?.totalMb ?? null,
        floor: null,
        unit: 'MB',
        bar: { max: 1536 },
        note: app.memory ? `renderer alone ${Math.round(app.memory.rendererMb)} MB` : 'no /proc',
      },
      {
        measure: '  DuckDB duckdb_memory()',
        value: app.duckdbMb,
        floor: null,
        unit: 'MB',
        bar: null,
        note: 'for information',
      },
    ];
  },
};

export const hugeScenario = {
  id: 'rows-5000000',
  async run(ctx) {
    const { file } = await ctx.longCsv(HUGE_ROWS);
    const MAX_IMPORT_ROWS = await importLimit();
    const result = await hugeFile(ctx, file);
    const limit = `limit ${MAX_IMPORT_ROWS.toLocaleString('en-US')} rows`;
    return [
      {
        measure: result.refused
          ? '5,000,000 rows: refused up front (pick → message)'
          : '5,000,000 rows: usable (pick → trends drawn)',
        value: result.ms,
        floor: null,
        unit: 'ms',
        bar: { max: USABLE_MS },
        note: result.refused ? `${limit}; ${result.outcome.slice(9, 90)}` : limit,
      },
    ];
  },
};
