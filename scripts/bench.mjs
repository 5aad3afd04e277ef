// `npm run bench`: measures the production build in headless Chromium against a bare DuckDB-WASM floor
// measured in the same run. Prints PASS/FAIL per bar but exits 0: bars are read by people, while a
// crash of the bench itself exits 1. Scenarios live in scripts/bench/scenarios.mjs.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildFloor } from './bench/build-floor.mjs';
import { generateLongCsv } from './bench/long-csv.mjs';
import { printTable } from './bench/report.mjs';
import { SCENARIOS } from './bench/scenarios.mjs';
import { startServer } from './serve.mjs';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const FLOOR_PATH = '/__bench/';
// The bundled CSVs themselves, for the floor to read: the app ships them as the tables the build read.
const DATA = fileURLToPath(new URL('../data/', import.meta.url));
const DATA_PATH = '/__bench-data/';

function makeContext(server, tmpDir) {
  const csvs = new Map();
  return {
    origin: server.origin,
    appUrl: server.url,
    floorUrl: new URL(`${FLOOR_PATH}floor.html`, server.origin).href,
    dataDir: pathToFileURL(DATA).href,
    dataUrl: new URL(DATA_PATH, server.origin).href,
    distUrl: pathToFileURL(DIST).href,
    // Generated once per size and shared by the app and the floor: the same bytes for both.
    longCsv(rows) {
      if (!csvs.has(rows)) csvs.set(rows, generateLongCsv(rows, tmpDir));
      return csvs.get(rows);
    },
  };
}

async function runScenario(scenario, ctx) {
  const started = Date.now();
  process.stderr.write(`… ${scenario.id}`);
  try {
    return await scenario.run(ctx);
  } catch (error) {
    // One broken scenario must not hide the others' figures.
    const reason = String(error instanceof Error ? error.message : error)
      .split('\n')[0]
      .slice(0, 100);
    return [
      {
        measure: scenario.id,
        value: null,
        floor: null,
        unit: 'ms',
        bar: null,
        note: `bench error: ${reason}`,
      },
    ];
  } finally {
    process.stderr.write(` (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  }
}

/** `npm run bench -- cold-load import` runs only the scenarios whose id starts with one of the words. */
function selectedScenarios() {
  const words = process.argv.slice(2);
  if (words.length === 0) return SCENARIOS;
  const chosen = SCENARIOS.filter((scenario) => words.some((word) => scenario.id.startsWith(word)));
  if (chosen.length === 0) throw new Error(`no scenario matches ${words.join(', ')}`);
  return chosen;
}

async function main() {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error('dist/index.html is missing: run `npm run bench`');
  const tmpDir = await mkdtemp(join(tmpdir(), 'reform-bench-'));
  const floorDir = join(tmpDir, 'floor');
  await buildFloor(floorDir);
  const server = await startServer({
    root: DIST,
    port: 0,
    mounts: [
      { root: floorDir, basePath: FLOOR_PATH },
      { root: DATA, basePath: DATA_PATH },
    ],
  });
  try {
    const ctx = makeContext(server, tmpDir);
    const rows = [];
    for (const scenario of selectedScenarios()) rows.push(...(await runScenario(scenario, ctx)));
    // The machine may be shared: its load says how far the absolute figures (not the ratios) can be read.
    const load = loadavg()
      .map((value) => value.toFixed(2))
      .join(' / ');
    console.log(
      `\nReform Index Dashboard bench: ${new Date().toISOString()}, ${cpus().length} CPUs, Node ${process.version}, load ${load} (1/5/15 min)`,
    );
    console.log(`Floor: bare DuckDB-WASM (eh bundle) + read_csv of the same bytes, measured in this run.\n`);
    printTable(rows);
  } finally {
    await server.close();
    await rm(tmpDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
