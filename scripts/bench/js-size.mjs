// Initial JS: what dist/index.html loads before anything else, i.e. its module scripts, modulepreloads
// and their static imports. Dynamic imports, DuckDB's worker and its wasm are loaded later or off-thread.
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

const ENTRY = /<(?:script[^>]*\bsrc|link[^>]*\brel="modulepreload"[^>]*\bhref)="([^"]+\.m?js)"/g;
// `import{a}from"./x.js"`, `import"./x.js"`, `export*from"./x.js"`; never `import("./x.js")`.
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[^"'();]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+\.m?js)["']/g;
const EXCLUDED = /duckdb.*worker|\.wasm$/;

export async function measureInitialJs(distUrl) {
  const html = await readFile(new URL('index.html', distUrl), 'utf8');
  const pending = [...html.matchAll(ENTRY)].map((match) => new URL(match[1], distUrl));
  const seen = new Map();
  while (pending.length > 0) {
    const url = pending.pop();
    if (seen.has(url.href) || EXCLUDED.test(url.pathname)) continue;
    const code = await readFile(url);
    seen.set(url.href, gzipSync(code).length);
    for (const match of code.toString('utf8').matchAll(STATIC_IMPORT)) pending.push(new URL(match[1], url));
  }
  const bytes = [...seen.values()].reduce((sum, size) => sum + size, 0);
  return { kb: bytes / 1024, files: seen.size };
}

/** The build's first-screen answers: fetched beside the JS, before the engine is up. */
async function snapshotRows(distUrl) {
  const names = await readdir(new URL('assets/', distUrl)).catch(() => []);
  return Promise.all(
    names
      .filter((name) => /^first-screen-.*\.json$/.test(name))
      .sort()
      .map(async (name) => {
        const bytes = await readFile(new URL(`assets/${name}`, distUrl));
        return {
          measure: `Snapshot ${name.replace(/-[0-9a-f]+\.json$/, '')} (gzip)`,
          value: gzipSync(bytes).length / 1024,
          floor: null,
          unit: 'KB',
          bar: null,
          note: `${(bytes.length / 1024).toFixed(1)} KB raw`,
        };
      }),
  );
}

export const initialJsScenario = {
  id: 'initial-js',
  async run(ctx) {
    const { kb, files } = await measureInitialJs(ctx.distUrl);
    return [
      {
        measure: 'Initial JS (gzip)',
        value: kb,
        floor: null,
        unit: 'KB',
        bar: { max: 300 },
        note: files === 1 ? '1 file' : `${files} files`,
      },
      ...(await snapshotRows(ctx.distUrl)),
    ];
  },
};
