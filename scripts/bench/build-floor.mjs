// The floor page is built by Vite like the app, so its DuckDB worker and wasm are the very files the
// app ships, and it loads under the same CSP (no import map, no inline script).
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const HERE = fileURLToPath(new URL('.', import.meta.url));

export async function buildFloor(outDir) {
  await build({
    configFile: false,
    root: HERE,
    base: './',
    logLevel: 'error',
    worker: { format: 'es' },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      assetsInlineLimit: 0,
      rollupOptions: { input: fileURLToPath(new URL('floor.html', import.meta.url)) },
    },
  });
}
