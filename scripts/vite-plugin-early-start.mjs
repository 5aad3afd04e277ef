// The app's start-up (src/app/start-early.ts: DuckDB's worker, its wasm, the data downloads, the build's
// answers) as an entry of its own, loaded by a script tag ahead of the app's. Vite joins every module
// script of index.html into one entry, whose code runs only once all of its static imports (React,
// Recharts, the screens: most of the initial JS) have downloaded; this entry's few small modules run
// as soon as they arrive, so the engine starts while the rest of the page is still on its way. The
// modules it shares with the app are one instance: the app's own import of start-early.ts finds it run.
import { resolve } from 'node:path';

const ENTRY_NAME = 'start-early';

export function earlyStartPlugin(entry = 'src/app/start-early.ts') {
  return {
    name: 'early-start',
    apply: 'build',
    config(user) {
      const root = user.root ?? process.cwd();
      return {
        build: {
          rollupOptions: {
            input: { index: resolve(root, 'index.html'), [ENTRY_NAME]: resolve(root, entry) },
          },
        },
      };
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const chunk = Object.values(bundle ?? {}).find(
          (output) => output.type === 'chunk' && output.isEntry && output.name === ENTRY_NAME,
        );
        if (!chunk) throw new Error(`${ENTRY_NAME}: entry chunk missing from the bundle`);
        // First in <head>: fetched before the app's own entry, run as soon as its graph has loaded.
        return [
          {
            tag: 'script',
            attrs: { type: 'module', crossorigin: true, src: `./${chunk.fileName}` },
            injectTo: 'head-prepend',
          },
          ...chunk.imports.map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
            injectTo: 'head-prepend',
          })),
        ];
      },
    },
  };
}
