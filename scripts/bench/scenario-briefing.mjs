// Briefing draw: `#/briefing` of one unit after the data is ready (the first briefing has waited for
// every derived fact), timed from the change of unit in the address to the app's `briefing:drawn` mark
// (set in the commit where every query of the briefing, the weak points of each index included, has
// settled). Each unit is one not seen before in this page, so react-query's cache never answers for
// its facts (the years of every unit are one read, made for the first briefing and kept).
import { withFreshPage } from './chromium.mjs';
import { median } from './median.mjs';
import { installProbes, waitForMark } from './probes.mjs';

const READY_TIMEOUT_MS = 120_000;
const DRAW_TIMEOUT_MS = 30_000;
const FIRST_UNIT = 'ha-tinh';
const UNITS = [
  'ha-noi',
  'da-nang',
  'quang-ninh',
  'thanh-hoa',
  'nghe-an',
  'can-tho',
  'lao-cai',
  'mau-tinh-mau',
];

async function drawTimes(ctx) {
  return withFreshPage(ctx.origin, installProbes, async (page) => {
    await page.goto(`${ctx.appUrl}#/briefing?unit=${FIRST_UNIT}&lang=vi`);
    await waitForMark(page, 'briefing:drawn', READY_TIMEOUT_MS);
    const times = [];
    for (const unit of UNITS) {
      await page.evaluate((code) => {
        performance.clearMarks('briefing:drawn');
        performance.clearMarks('bench:briefing-start');
        performance.mark('bench:briefing-start');
        location.hash = `#/briefing?unit=${code}&lang=vi`;
      }, unit);
      await waitForMark(page, 'briefing:drawn', DRAW_TIMEOUT_MS);
      times.push(
        await page.evaluate(() => {
          const start = performance.getEntriesByName('bench:briefing-start')[0];
          const drawn = performance.getEntriesByName('briefing:drawn')[0];
          return start && drawn ? drawn.startTime - start.startTime : null;
        }),
      );
    }
    return times.filter((time) => time !== null);
  });
}

export const briefingScenario = {
  id: 'briefing',
  async run(ctx) {
    const times = await drawTimes(ctx);
    const value = median(times);
    return [
      {
        measure: 'Briefing draw',
        value: value === null ? null : Math.round(value),
        floor: null,
        unit: 'ms',
        bar: { max: 300 },
        note:
          times.length === UNITS.length
            ? `${times.length} units after data ready, median (max ${Math.round(Math.max(...times))} ms)`
            : `only ${times.length}/${UNITS.length} briefings measured`,
      },
    ];
  },
};
