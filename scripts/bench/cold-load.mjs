// Cold load: fresh browser each run, app to `app:first-chart` vs the floor reading the same CSV bytes.
import { readdir } from 'node:fs/promises';
import { withFreshPage } from './chromium.mjs';
import { installProbes, readMark, waitForAnyMark, waitForMark } from './probes.mjs';

export const COLD_RUNS = 5;
const LOAD_TIMEOUT_MS = 90_000;

function median(values) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function loadApp(ctx) {
  return withFreshPage(ctx.origin, installProbes, async (page) => {
    const csvUrls = [];
    // Context-level, so a CSV fetched by a worker is seen too.
    page.context().on('request', (request) => {
      if (new URL(request.url()).pathname.endsWith('.csv')) csvUrls.push(request.url());
    });
    await page.goto(ctx.appUrl);
    await waitForMark(page, 'app:first-chart', LOAD_TIMEOUT_MS);
    return {
      firstChart: await readMark(page, 'app:first-chart'),
      dataReady: await readMark(page, 'app:data-ready'),
      csvUrls,
    };
  });
}

async function loadFloor(ctx, csvUrls) {
  const url = new URL(ctx.floorUrl);
  url.searchParams.set('mode', 'cold');
  for (const csv of csvUrls) url.searchParams.append('csv', csv);
  return withFreshPage(ctx.origin, installProbes, async (page) => {
    await page.goto(url.href);
    const mark = await waitForAnyMark(page, ['floor:data-ready', 'floor:error'], LOAD_TIMEOUT_MS);
    if (mark === 'floor:error') throw new Error(`floor: ${await page.locator('#status').textContent()}`);
    return readMark(page, 'floor:data-ready');
  });
}

// Used when the app never reached its first chart, so the floor still has the bytes the app ships.
async function distCsvUrls(ctx) {
  const names = await readdir(new URL('assets/', ctx.distUrl)).catch(() => []);
  return names
    .filter((name) => name.endsWith('.csv'))
    .map((name) => new URL(`assets/${name}`, ctx.appUrl).href);
}

/** Runs app and floor alternately, so drift of the machine touches both equally. */
export async function measureColdLoad(ctx) {
  const app = { firstChart: [], dataReady: [], error: null };
  const floor = [];
  let csvUrls = null;
  for (let run = 0; run < COLD_RUNS; run += 1) {
    if (app.error === null) {
      try {
        const result = await loadApp(ctx);
        app.firstChart.push(result.firstChart);
        if (result.dataReady !== null) app.dataReady.push(result.dataReady);
        if (result.csvUrls.length > 0) csvUrls ??= [...new Set(result.csvUrls)];
      } catch (error) {
        app.error = `app:first-chart never set (${String(error).split('\n')[0]})`;
      }
    }
    csvUrls ??= await distCsvUrls(ctx);
    floor.push(await loadFloor(ctx, csvUrls));
  }
  const floorMedian = median(floor);
  const note = app.error ?? `${csvUrls.length} CSV files, median of ${COLD_RUNS}`;
  return [
    {
      measure: 'Cold load → app:first-chart',
      value: median(app.firstChart),
      floor: floorMedian,
      unit: 'ms',
      bar: { ratio: 1.3 },
      note,
    },
    {
      measure: 'Cold load → app:data-ready',
      value: median(app.dataReady),
      floor: floorMedian,
      unit: 'ms',
      bar: null,
      note: app.error ?? 'for information',
    },
  ];
}

/** The cold floor alone (the bundled CSVs the app ships), median of `runs` fresh browsers. */
export async function measureColdFloor(ctx, runs = COLD_RUNS) {
  const csvUrls = await distCsvUrls(ctx);
  const floor = [];
  for (let run = 0; run < runs; run += 1) floor.push(await loadFloor(ctx, csvUrls));
  return median(floor);
}
