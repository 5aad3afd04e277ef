import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getManifest } from 'workbox-build';
import { PRECACHE_WORKBOX } from '../../../scripts/pwa-options.mjs';

const roots: string[] = [];

/** A dist/ as Vite lays it out: hashed names under assets/, public files and index.html at the top. */
function dist(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'precache-'));
  roots.push(root);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), content);
  }
  return root;
}

const SHARED = {
  'manifest.webmanifest': '{"name":"x"}',
  'icons/icon-192.png': 'png',
  'assets/index-B7-KHRKE.js': 'app',
  'assets/trends-screen-CL1e-qYS.js': 'lazy chunk',
  'assets/duckdb-eh-9ubY-jlA.wasm': 'eh wasm',
  'assets/duckdb-browser-eh.worker-hQa-dcAV.js': 'eh worker',
  'assets/duckdb-mvp-BP0pRkMH.wasm': 'mvp wasm',
  'assets/duckdb-browser-mvp.worker-C9hF7LGh.js': 'mvp worker',
  'assets/pci-D9Us3Zcu.csv': 'pci rows',
  'assets/first-screen-eb831b3b86.json': '{}',
  'assets/index-B7-KHRKE.js.map': 'map',
  'sw.js': 'the worker itself',
};

async function entries(root: string) {
  const { manifestEntries, warnings } = await getManifest({ globDirectory: root, ...PRECACHE_WORKBOX });
  expect(warnings).toEqual([]);
  return manifestEntries;
}

/** Workbox's cache key: the URL, plus the revision for a file whose name does not carry one. */
const cacheKey = (entry: { url: string; revision?: string | null }) =>
  entry.revision ? `${entry.url}?__WB_REVISION__=${entry.revision}` : entry.url;

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe('the precache manifest (scripts/pwa-options.mjs through Workbox)', () => {
  it('lists every shipped file but the unused mvp pair, source maps and the worker itself', async () => {
    const urls = (await entries(dist({ ...SHARED, 'index.html': '<html>' }))).map((entry) => entry.url);
    expect(urls.sort()).toEqual(
      [
        'assets/duckdb-browser-eh.worker-hQa-dcAV.js',
        'assets/duckdb-eh-9ubY-jlA.wasm',
        'assets/first-screen-eb831b3b86.json',
        'assets/index-B7-KHRKE.js',
        'assets/pci-D9Us3Zcu.csv',
        'assets/trends-screen-CL1e-qYS.js',
        'icons/icon-192.png',
        'index.html',
        'manifest.webmanifest',
      ].sort(),
    );
  });

  it('after a rebuild with one changed data file, only that file and the page that names it are fetched', async () => {
    const before = await entries(
      dist({ ...SHARED, 'assets/papi-Dg67_0UB.csv': 'papi 2024', 'index.html': 'papi-Dg67_0UB.csv' }),
    );
    // Vite names the changed file by its new content's hash, and index.html changes with it.
    const after = await entries(
      dist({ ...SHARED, 'assets/papi-Xk3_9QaZ.csv': 'papi 2025', 'index.html': 'papi-Xk3_9QaZ.csv' }),
    );
    const page = (list: typeof before) => list.find((entry) => entry.url === 'index.html')?.revision;
    expect(page(after)).toMatch(/^[0-9a-f]{32}$/);
    expect(page(after)).not.toBe(page(before));
    const kept = new Set(before.map(cacheKey));
    // Workbox's install skips every cache key it already holds: these are all a new deploy downloads.
    const fetched = after.map(cacheKey).filter((key) => !kept.has(key));
    expect(fetched.sort()).toEqual(['assets/papi-Xk3_9QaZ.csv', `index.html?__WB_REVISION__=${page(after)}`]);
    expect(after.filter((entry) => entry.url.startsWith('assets/')).every((entry) => !entry.revision)).toBe(
      true,
    );
  });
});
