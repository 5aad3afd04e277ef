// Trends redraw: from a control's input event (`trends:input`, set by the app in the handler) to the
// charts in view drawn for the new state (`trends:drawn`, set in the task after Recharts' own pass over
// the new data), median of the changes below, on the bundled data, in one warm page (the first load is
// the cold-load scenario's).
// Charts off screen catch up after, one per task: the note gives the median time until the last of them
// has (`trends:caught-up`), and each change starts only then, so no step pays for the one before.
import { loadavg } from 'node:os';
import { withFreshPage } from './chromium.mjs';
import { median } from './median.mjs';
import { installProbes, waitForMark } from './probes.mjs';

const LOAD_TIMEOUT_MS = 90_000;
const STEP_TIMEOUT_MS = 10_000;
const START = '#/trends?index=PAPI&unit=ha-tinh&compare=quang-ninh,da-nang&from=2018&to=2024&lang=vi';

// Unit, index and year changes, each to a state not seen before where possible (no cached query).
const STEPS = [
  { select: 'from', value: '2016' },
  { unit: 'Quảng Ninh' },
  { select: 'index', value: 'PCI' },
  { select: 'to', value: '2022' },
  { unit: 'Thanh Hóa' },
  { select: 'from', value: '2012' },
  { select: 'index', value: 'PAPI' },
  { unit: 'Đà Nẵng' },
  { select: 'to', value: '2021' },
  { select: 'index', value: 'PAR' },
  { unit: 'Hà Tĩnh' },
];

async function change(page, step) {
  if (step.select) {
    await page.locator(`select[name="${step.select}"]`).selectOption(step.value);
    return;
  }
  // The home-unit combobox: type, then Enter picks the first match, as a user would.
  const input = page.getByRole('combobox', { name: 'Đơn vị theo dõi' });
  await input.fill(step.unit);
  await input.press('Enter');
}

async function measureStep(page, step) {
  await page.evaluate(() => {
    for (const mark of ['trends:input', 'trends:drawn', 'trends:caught-up']) performance.clearMarks(mark);
  });
  await change(page, step);
  await waitForMark(page, 'trends:caught-up', STEP_TIMEOUT_MS);
  return page.evaluate(() => {
    const at = (mark) => performance.getEntriesByName(mark).at(-1)?.startTime;
    const input = at('trends:input');
    const drawn = at('trends:drawn');
    const caughtUp = at('trends:caught-up');
    if (input === undefined || drawn === undefined || caughtUp === undefined) return null;
    return { drawn: drawn - input, caughtUp: caughtUp - input };
  });
}

export const trendsScenario = {
  id: 'trends-redraw',
  async run(ctx) {
    const row = {
      measure: 'Redraw after unit/index/year change',
      floor: null,
      unit: 'ms',
      bar: { max: 100 },
    };
    // Redraw times scale with how busy the machine is: the note says how busy it was.
    const load = loadavg()[0].toFixed(1);
    try {
      const times = await withFreshPage(ctx.origin, installProbes, async (page) => {
        await page.goto(new URL(START, ctx.appUrl).href);
        await waitForMark(page, 'app:data-ready', LOAD_TIMEOUT_MS);
        await page.locator('tr[data-component="D1"]').first().waitFor({ timeout: LOAD_TIMEOUT_MS });
        const measured = [];
        for (const step of STEPS) {
          const ms = await measureStep(page, step);
          if (ms !== null) measured.push(ms);
        }
        return measured;
      });
      const drawn = times.map((time) => time.drawn);
      const all = median(times.map((time) => time.caughtUp));
      return [
        {
          ...row,
          value: median(drawn),
          note: `median of ${times.length} changes (unit ×4, index ×3, years ×4), charts in view; max ${Math.round(Math.max(...drawn))} ms; every chart ${Math.round(all)} ms; load avg ${load}`,
        },
      ];
    } catch (error) {
      return [
        { ...row, value: null, note: `trends:drawn not seen (${String(error).split('\n')[0].slice(0, 80)})` },
      ];
    }
  },
};
