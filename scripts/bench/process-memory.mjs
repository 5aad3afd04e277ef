// Memory of the browser the bench launched, from /proc: the sum of the resident sets of every process
// below this Node process (Chromium's browser, GPU, utility and renderer processes), and the largest
// renderer alone (the page, with DuckDB's worker in it). Linux only; null elsewhere.
import { readdir, readFile } from 'node:fs/promises';

async function processTable() {
  const table = [];
  for (const name of await readdir('/proc').catch(() => [])) {
    if (!/^\d+$/.test(name)) continue;
    const status = await readFile(`/proc/${name}/status`, 'utf8').catch(() => null);
    if (!status) continue;
    const field = (key) => new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1];
    const cmdline = await readFile(`/proc/${name}/cmdline`, 'utf8').catch(() => '');
    table.push({
      pid: Number(name),
      ppid: Number(field('PPid')),
      rssKb: Number(field('VmRSS') ?? 0),
      renderer: cmdline.includes('--type=renderer'),
    });
  }
  return table;
}

/** { totalMb, rendererMb } of this process's descendants, or null where /proc cannot be read. */
export async function browserMemory() {
  const table = await processTable();
  if (table.length === 0) return null;
  const below = new Set([process.pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const entry of table) {
      if (!below.has(entry.pid) && below.has(entry.ppid)) {
        below.add(entry.pid);
        grew = true;
      }
    }
  }
  const mine = table.filter((entry) => entry.pid !== process.pid && below.has(entry.pid));
  const mb = (kb) => kb / 1024;
  return {
    totalMb: mb(mine.reduce((sum, entry) => sum + entry.rssKb, 0)),
    rendererMb: mb(Math.max(0, ...mine.filter((entry) => entry.renderer).map((entry) => entry.rssKb))),
  };
}
