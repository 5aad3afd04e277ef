// The floor: only what any app on this stack must do. Started and read exactly as the app does
// (eh bundle, its worker, registered buffers, read_csv as text), so the ratio measures the app's overhead.
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';

const READ_OPTIONS = `header = true, all_varchar = true, delim = ',', quote = '"', escape = '"'`;
const status = document.getElementById('status');

function report(text) {
  status.textContent = text;
}

function fail(error) {
  performance.mark('floor:error');
  report(`error: ${error instanceof Error ? error.message : String(error)}`);
}

async function startEngine() {
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), new Worker(ehWorker));
  await db.instantiate(ehWasm);
  await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  const conn = await db.connect();
  performance.mark('floor:engine-ready');
  return { db, conn };
}

async function readInto({ db, conn }, table, name, bytes) {
  await db.registerFileBuffer(name, bytes);
  await conn.query(`CREATE TABLE ${table} AS SELECT * FROM read_csv('${name}', ${READ_OPTIONS})`);
}

async function fetchBytes(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

// Cold load: the bundled CSVs (URLs given by the bench) are fetched while the engine starts.
async function coldLoad(urls) {
  const [engine, files] = await Promise.all([startEngine(), Promise.all(urls.map(fetchBytes))]);
  for (const [i, bytes] of files.entries()) await readInto(engine, `bundled_${i}`, `bundled_${i}.csv`, bytes);
  performance.mark('floor:data-ready');
  report('data ready');
}

// Import: the engine is up, the user picks a file; the clock runs from the pick to the table.
async function awaitImports() {
  const engine = await startEngine();
  report('engine ready');
  let count = 0;
  document.getElementById('file').addEventListener('change', async (event) => {
    const file = event.target.files?.[0];
    if (!file) return;
    count += 1;
    await readInto(
      engine,
      `imported_${count}`,
      `imported_${count}.csv`,
      new Uint8Array(await file.arrayBuffer()),
    );
    performance.mark('floor:import-done');
    report(`imported ${file.name}`);
  });
}

const params = new URLSearchParams(location.search);
(params.get('mode') === 'cold' ? coldLoad(params.getAll('csv')) : awaitImports()).catch(fail);
