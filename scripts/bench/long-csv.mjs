// Long CSVs for the import bench. The project's generator (scripts/gen-long-csv.mjs) is preferred so
// the bench imports what the other tools produce; the fallback below keeps the bench running without it.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, existsSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const LONG_HEADER =
  'index,year,unit_code,unit_name,unit_level,component_code,component_name,score,max_score,rank';
const PROJECT_GENERATOR = fileURLToPath(new URL('../gen-long-csv.mjs', import.meta.url));
const COMPONENTS = ['L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7', 'L8', 'TOTAL'];
const MAX_SCORES = [9, 9, 13, 7, 14, 8, 16, 24, 100];

function fallbackRow(i) {
  const c = i % COMPONENTS.length;
  const group = Math.floor(i / COMPONENTS.length);
  const unit = Math.floor(group / 100) + 1;
  const code = `u${String(unit).padStart(5, '0')}`;
  const score = ((((i * 7919) % 10_000) / 10_000) * MAX_SCORES[c]).toFixed(2);
  const name = COMPONENTS[c] === 'TOTAL' ? 'Tổng' : `Lĩnh vực ${c + 1}`;
  const rank = COMPONENTS[c] === 'TOTAL' ? String((unit % 63) + 1) : '';
  return `PAR,${2000 + (group % 100)},${code},Đơn vị ${unit},department,${COMPONENTS[c]},${name},${score},${MAX_SCORES[c]},${rank}\n`;
}

async function writeFallback(rows, file) {
  const out = createWriteStream(file);
  out.write(`${LONG_HEADER}\n`);
  for (let i = 0; i < rows; i += 1) {
    if (!out.write(fallbackRow(i))) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

async function runProjectGenerator(rows, file) {
  const out = createWriteStream(file);
  const child = spawn(process.execPath, [PROJECT_GENERATOR, String(rows)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child.stdout.pipe(out);
  const [code] = await once(child, 'exit');
  if (!out.writableFinished) await once(out, 'finish');
  return code === 0;
}

async function startsWithHeader(file) {
  const handle = await open(file);
  try {
    const { buffer, bytesRead } = await handle.read(
      Buffer.alloc(LONG_HEADER.length),
      0,
      LONG_HEADER.length,
      0,
    );
    return buffer.subarray(0, bytesRead).toString('utf8') === LONG_HEADER;
  } finally {
    await handle.close();
  }
}

/** Writes `rows` long-layout rows into `dir`; returns the path and which generator made it. */
export async function generateLongCsv(rows, dir) {
  const file = join(dir, `long-${rows}.csv`);
  if (
    existsSync(PROJECT_GENERATOR) &&
    (await runProjectGenerator(rows, file)) &&
    (await startsWithHeader(file))
  ) {
    return { file, generator: 'scripts/gen-long-csv.mjs' };
  }
  await writeFallback(rows, file);
  return { file, generator: 'scripts/bench/long-csv.mjs' };
}
