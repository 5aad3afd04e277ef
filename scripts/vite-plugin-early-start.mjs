// The app's start-up as entries of their own, loaded by script tags ahead of the app's, in this order:
// src/app/start-engine.ts (DuckDB's worker and its wasm, nothing else: it runs as soon as its few bytes
// arrive), then src/app/start-early.ts (the data downloads, the build's answers, the engine's start).
// Vite joins every module script of index.html into one entry, whose code runs only once all of its
// static imports (React, Recharts, the screens: most of the initial JS) have downloaded; these entries'
// few small modules run as soon as they arrive, so the engine starts while the rest of the page is
// still on its way. The modules they share with the app are one instance: the app's own import of
// them finds them run.
import { resolve } from 'node:path';

const DEFAULT_ENTRIES = [
  ['start-engine', 'src/app/start-engine.ts'],
  ['start-early', 'src/app/start-early.ts'],
];

export function earlyStartPlugin(entries = DEFAULT_ENTRIES) {
  return {
    name: 'early-start',
    apply: 'build',
    config(user) {
      const root = user.root ?? process.cwd();
      const input = { index: resolve(root, 'index.html') };
      for (const [name, file] of entries) input[name] = resolve(root, file);
      return { build: { rollupOptions: { input } } };
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const chunks = Object.values(bundle ?? {});
        const preloaded = new Set();
        // First in <head>, in the order of `entries`: each fetched before the app's own entry and run
        // as soon as its own graph has loaded.
        return entries.flatMap(([name]) => {
          const chunk = chunks.find(
            (output) => output.type === 'chunk' && output.isEntry && output.name === name,
          );
          if (!chunk) throw new Error(`${name}: entry chunk missing from the bundle`);
          const imports = chunk.imports.filter((file) => !preloaded.has(file));
          for (const file of imports) preloaded.add(file);
          return [
            {
              tag: 'script',
              attrs: { type: 'module', crossorigin: true, src: `./${chunk.fileName}` },
              injectTo: 'head-prepend',
            },
            ...imports.map((file) => ({
              tag: 'link',
              attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
              injectTo: 'head-prepend',
            })),
          ];
        });
      },
    },
  };
}
