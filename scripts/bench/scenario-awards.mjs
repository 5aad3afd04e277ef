// Award evaluation: open the awards screen on the sample province, then switch year/period through the
// real <select> and time each switch from the app's own marks (`awards:input` set by the control's
// change handler, `awards:drawn` once the verdicts for it are committed). Never timed from Node.
import { withFreshPage } from './chromium.mjs';
import { median } from './median.mjs';
import { installProbes, waitForMark } from './probes.mjs';

const READY_TIMEOUT_MS = 90_000;
const SWITCH_TIMEOUT_MS = 30_000;
const CONTEXT_LABEL = 'Thời gian xét';
// Five first visits (SQL facts + evaluation), then five returns that react-query serves from its cache.
const SWITCHES = [
  'year:2024',
  'year:2023',
  'period:2021-2025',
  'year:2022',
  'year:2021',
  'year:2025',
  'period:2021-2025',
  'year:2024',
  'year:2023',
  'year:2022',
];

/** Switches the context and returns drawn − input of that switch, both read from the page's marks. */
async function timeSwitch(page, select, value) {
  const before = await page.evaluate(() => performance.getEntriesByName('awards:input').length);
  await select.selectOption(value);
  const handle = await page.waitForFunction(
    (count) => {
      const inputs = performance.getEntriesByName('awards:input');
      const input = inputs[inputs.length - 1];
      if (inputs.length <= count || !input) return null;
      const drawn = performance
        .getEntriesByName('awards:drawn')
        .find((mark) => mark.startTime >= input.startTime);
      return drawn ? drawn.startTime - input.startTime : null;
    },
    before,
    { timeout: SWITCH_TIMEOUT_MS, polling: 'raf' },
  );
  return handle.jsonValue();
}

export const awardsScenario = {
  id: 'award-evaluation',
  async run(ctx) {
    const times = await withFreshPage(ctx.origin, installProbes, async (page) => {
      await page.goto(`${ctx.appUrl}#/awards?ruleset=soc-trang-2021-2030&year=2025`);
      await waitForMark(page, 'awards:drawn', READY_TIMEOUT_MS);
      const select = page.getByLabel(CONTEXT_LABEL);
      if ((await select.count()) === 0) throw new Error(`no control labelled "${CONTEXT_LABEL}"`);
      const measured = [];
      for (const value of SWITCHES) measured.push(await timeSwitch(page, select, value));
      return measured;
    });
    const firstVisits = times.slice(0, 5);
    const fmt = (value) => `${Math.round(value)} ms`;
    return [
      {
        measure: 'Award evaluation',
        value: median(times),
        floor: null,
        unit: 'ms',
        bar: { max: 200 },
        note: `sample province, ${times.length} year/period switches; first visits (SQL + rules) median ${fmt(median(firstVisits))}, max ${fmt(Math.max(...firstVisits))}`,
      },
    ];
  },
};
