// Heatmap redraw: the weak-points screen of PAPI (63 provinces × 9 columns, and the province-wide
// list), timed from the app's `weak:input` mark (set by the control's handler) to `weak:drawn` (set
// once the new heatmap and list are committed). Each change goes to a year not seen before in this
// page, so react-query's cache never answers instead of DuckDB.
import { withFreshPage } from './chromium.mjs';
import { median } from './median.mjs';
import { installProbes, waitForMark } from './probes.mjs';

const READY_TIMEOUT_MS = 90_000;
const REDRAW_TIMEOUT_MS = 30_000;
const START_YEAR = 2024;
const YEARS = [2023, 2022, 2021, 2020, 2019, 2018, 2017, 2016, 2015, 2014];

async function redrawTimes(ctx) {
  return withFreshPage(ctx.origin, installProbes, async (page) => {
    await page.goto(`${ctx.appUrl}#/weak?index=PAPI&year=${START_YEAR}&level=province&low=median&fall=3`);
    await waitForMark(page, 'weak:drawn', READY_TIMEOUT_MS);
    const year = page.getByLabel('Năm', { exact: true });
    const times = [];
    for (const next of YEARS) {
      await page.evaluate(() => {
        performance.clearMarks('weak:input');
        performance.clearMarks('weak:drawn');
      });
      await year.selectOption(String(next));
      await waitForMark(page, 'weak:drawn', REDRAW_TIMEOUT_MS);
      times.push(
        await page.evaluate(() => {
          const input = performance.getEntriesByName('weak:input')[0];
          const drawn = performance.getEntriesByName('weak:drawn')[0];
          return input && drawn ? drawn.startTime - input.startTime : null;
        }),
      );
    }
    return times.filter((time) => time !== null);
  });
}

export const weakScenario = {
  id: 'heatmap-redraw',
  async run(ctx) {
    const times = await redrawTimes(ctx);
    const value = median(times);
    return [
      {
        measure: 'Heatmap redraw',
        value: value === null ? null : Math.round(value),
        floor: null,
        unit: 'ms',
        bar: { max: 150 },
        note:
          times.length === YEARS.length
            ? `PAPI provinces, ${times.length} year changes, median (max ${Math.round(Math.max(...times))} ms)`
            : `only ${times.length}/${YEARS.length} redraws measured`,
      },
    ];
  },
};
