// Trends redraw: from a control's input event (`trends:input`, set by the app in the handler) to the
// commit of the charts for the new state (`trends:drawn`, set in an effect after them), median of the
// changes below, on the bundled data, in one warm page (the first load is the cold-load scenario's).
import { loadavg } from 'node:os';
import { withFreshPage } from './chromium.mjs';
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

function median(values) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

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
    performance.clearMarks('trends:input');
    performance.clearMarks('trends:drawn');
  });
  await change(page, step);
  await waitForMark(page, 'trends:drawn', STEP_TIMEOUT_MS);
  return page.evaluate(() => {
    const input = performance.getEntriesByName('trends:input').at(-1)?.startTime;
    const drawn = performance.getEntriesByName('trends:drawn').at(-1)?.startTime;
    return input === undefined || drawn === undefined ? null : drawn - input;
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
      const value = median(times);
      return [
        {
          ...row,
          value,
          note: `median of ${times.length} changes (unit ×4, index ×3, years ×4); max ${Math.round(Math.max(...times))} ms; load avg ${load}`,
        },
      ];
    } catch (error) {
      return [
        { ...row, value: null, note: `trends:drawn not seen (${String(error).split('\n')[0].slice(0, 80)})` },
      ];
    }
  },
};
