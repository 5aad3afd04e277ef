// Cold load: fresh browser each run. The app draws its first chart from the build's snapshot, then the
// live engine takes over; both beside the floor reading the bundled CSVs (data/*.csv, which the app
// ships as the tables the build read from them). "Data ready" is the live
// engine answering: the first of the first screen's queries answered by DuckDB-WASM over the loaded
// data (`app:live-answering`), not merely the tables filled (`app:data-ready`, printed for information).
// Warm: a second visit in the same profile, once the service worker holds everything.
import { readdir } from 'node:fs/promises';
import { withFreshPage } from './chromium.mjs';
import { median } from './median.mjs';
import { installProbes, readLayoutShift, readMark, waitForAnyMark, waitForMark } from './probes.mjs';

export const COLD_RUNS = 5;
const LOAD_TIMEOUT_MS = 90_000;
/** Shifts are counted until this long after the hand-over: a late one would still be the hand-over's. */
const SETTLE_MS = 500;

/** One visit: until the live engine has answered the first screen, plus a moment to settle. */
async function visit(page, url) {
  await page.goto(url);
  await waitForMark(page, 'app:first-chart', LOAD_TIMEOUT_MS);
  await waitForMark(page, 'app:first-screen-live', LOAD_TIMEOUT_MS);
  await page.waitForTimeout(SETTLE_MS);
  return {
    firstChart: await readMark(page, 'app:first-chart'),
    loaded: await readMark(page, 'app:data-ready'),
    dataReady: await readMark(page, 'app:live-answering'),
    allLive: await readMark(page, 'app:first-screen-live'),
    shift: await readLayoutShift(page),
  };
}

async function loadApp(ctx) {
  return withFreshPage(ctx.origin, installProbes, async (page) => {
    const cold = await visit(page, ctx.appUrl);
    // The service worker registers once the derived facts are built, then precaches every file.
    await waitForMark(page, 'app:offline-ready', LOAD_TIMEOUT_MS);
    const second = await page.context().newPage();
    const warm = await visit(second, ctx.appUrl);
    const controlled = await second.evaluate(() => navigator.serviceWorker.controller !== null);
    return { cold, warm: { ...warm, controlled } };
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

/** Every bundled CSV (the datasets and the crosswalk), as the bench server serves data/. */
async function bundledCsvUrls(ctx) {
  const names = [];
  for (const folder of ['', 'sample/']) {
    const entries = await readdir(new URL(folder, ctx.dataDir));
    names.push(...entries.filter((name) => name.endsWith('.csv')).map((name) => folder + name));
  }
  return names.sort().map((name) => new URL(name, ctx.dataUrl).href);
}

const FIGURES = ['firstChart', 'loaded', 'dataReady', 'allLive', 'shift', 'warmFirstChart', 'warmDataReady'];

/** Runs app and floor alternately, so drift of the machine touches both equally. */
export async function measureColdLoad(ctx) {
  const app = Object.fromEntries(FIGURES.map((figure) => [figure, []]));
  let error = null;
  let uncontrolled = 0;
  const floor = [];
  const csvUrls = await bundledCsvUrls(ctx);
  for (let run = 0; run < COLD_RUNS; run += 1) {
    if (error === null) {
      try {
        const { cold, warm } = await loadApp(ctx);
        app.firstChart.push(cold.firstChart);
        app.loaded.push(cold.loaded);
        app.dataReady.push(cold.dataReady);
        app.allLive.push(cold.allLive);
        app.shift.push(cold.shift);
        app.warmFirstChart.push(warm.firstChart);
        app.warmDataReady.push(warm.dataReady);
        if (!warm.controlled) uncontrolled += 1;
      } catch (caught) {
        error = `app did not load (${String(caught).split('\n')[0]})`;
      }
    }
    floor.push(await loadFloor(ctx, csvUrls));
  }
  const floorMedian = median(floor);
  const of = `median of ${COLD_RUNS}`;
  const warmNote = uncontrolled > 0 ? `${uncontrolled} second visits not served by the worker` : of;
  const row = (measure, figure, bar, note) => ({
    measure,
    value: median(app[figure]),
    floor: figure === 'shift' ? null : floorMedian,
    unit: figure === 'shift' ? 'score' : 'ms',
    bar,
    note: error ?? note,
  });
  return [
    row(
      'Cold load → first chart (snapshot)',
      'firstChart',
      { ratio: 0.5 },
      `floor reads the ${csvUrls.length} bundled CSVs, ${of}`,
    ),
    row('Cold load → bundled data in tables', 'loaded', null, 'app:data-ready, for information'),
    row(
      'Cold load → live engine answering (data ready)',
      'dataReady',
      { ratio: 1.15 },
      `first first-screen query answered live, ${of}`,
    ),
    row(
      'Cold load → every first-screen figure live',
      'allLive',
      null,
      'app:first-screen-live, for information',
    ),
    row('Layout shift of the load (CLS)', 'shift', { max: 0.05 }, `first draw and hand-over, ${of}`),
    row('Warm second visit → first chart', 'warmFirstChart', { ratio: 0.3 }, warmNote),
    row(
      'Warm second visit → live engine answering',
      'warmDataReady',
      null,
      'app:live-answering, for information',
    ),
  ];
}

/** The cold floor alone (the bundled CSVs), median of `runs` fresh browsers. */
export async function measureColdFloor(ctx, runs = COLD_RUNS) {
  const csvUrls = await bundledCsvUrls(ctx);
  const floor = [];
  for (let run = 0; run < runs; run += 1) floor.push(await loadFloor(ctx, csvUrls));
  return median(floor);
}
