// The bench's scenarios, run in this order. Each `run(ctx)` returns rows for the table:
//   { measure, value, floor, unit: 'ms' | 'task' | 'KB', bar: { ratio } | { max } | null, note }
// value or floor null prints "n/a (note)". ctx: { origin, appUrl, floorUrl, distUrl, longCsv(rows) }.
//
// EXTENSION POINT: later issues replace the `pending` entries below with a `run(ctx)` that drives the
// app through its UI in a fresh page (see cold-load.mjs and import.mjs for the pattern: wait for a
// performance mark set by the app, read marks, never time from Node).
import { measureColdLoad } from './cold-load.mjs';
import { importScenario } from './import.mjs';
import { initialJsScenario } from './js-size.mjs';
import { awardsScenario } from './scenario-awards.mjs';
import { briefingScenario } from './scenario-briefing.mjs';
import { hugeScenario, storageScenario } from './scenario-storage.mjs';
import { trendsScenario } from './scenario-trends.mjs';
import { weakScenario } from './scenario-weak.mjs';

export const SCENARIOS = [
  initialJsScenario,
  { id: 'cold-load', run: measureColdLoad },
  importScenario(100_000),
  importScenario(1_000_000),
  trendsScenario,
  weakScenario,
  awardsScenario,
  briefingScenario,
  storageScenario,
  hugeScenario,
];
