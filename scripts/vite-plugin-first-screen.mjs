// At `vite build`: answers the first screen's queries on DuckDB in Node over the bundled files, through
// the app's own query functions (scripts/snapshot/first-screen.ts), and ships the answers as two hashed
// assets. The app imports their URLs from `virtual:first-screen-snapshot` (null in dev and in the tests).
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runnerImport } from 'vite';

const VIRTUAL_ID = 'virtual:first-screen-snapshot';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** Loads the TypeScript build module with the app's `@/` alias, the way Vite runs its own config. */
async function computeSnapshot(root) {
  const { module } = await runnerImport(join(root, 'scripts/snapshot/first-screen.ts'), {
    configFile: false,
    root,
    logLevel: 'warn',
    resolve: { alias: { '@': join(root, 'src') } },
  });
  return module.buildFirstScreenSnapshot(root);
}

function asAsset(stem, snapshot) {
  const source = JSON.stringify(snapshot);
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 10);
  return { name: `${stem}-${hash}.json`, source, answers: snapshot.answers.length };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

export function firstScreenPlugin() {
  let config;
  let assets = null;
  return {
    name: 'first-screen-snapshot',
    configResolved(resolved) {
      config = resolved;
    },
    async buildStart() {
      if (config.command !== 'build') return;
      const started = performance.now();
      const files = await computeSnapshot(config.root);
      assets = {
        first: asAsset('first-screen', files.first),
        provinces: asAsset('first-screen-provinces', files.provinces),
      };
      for (const asset of Object.values(assets)) {
        config.logger.info(
          `${asset.name}: ${asset.answers} answers, ${kb(Buffer.byteLength(asset.source))} (${kb(gzipSync(asset.source).length)} gzip)`,
        );
      }
      const { data, sql } = files.first.stamp;
      config.logger.info(
        `first-screen snapshot: data ${data}, sql ${sql}, ${Math.round(performance.now() - started)} ms`,
      );
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      if (assets === null) return 'export default null;';
      // Relative to the chunk (itself in assets/), so dist/ works from any sub-path. Variables, not
      // literals, so that Vite does not try to resolve the URLs at build time.
      return [
        `const first = ${JSON.stringify(assets.first.name)};`,
        `const provinces = ${JSON.stringify(assets.provinces.name)};`,
        'export default { first: new URL(first, import.meta.url).href, provinces: new URL(provinces, import.meta.url).href };',
      ].join('\n');
    },
    generateBundle() {
      for (const asset of Object.values(assets ?? {})) {
        this.emitFile({ type: 'asset', fileName: `assets/${asset.name}`, source: asset.source });
      }
    },
    transformIndexHtml() {
      // Fetched with the page, before the module graph is parsed; same mode as the app's fetch.
      if (assets === null) return [];
      const href = `./assets/${assets.first.name}`;
      return [
        {
          tag: 'link',
          attrs: { rel: 'preload', href, as: 'fetch', crossorigin: 'anonymous' },
          injectTo: 'head-prepend',
        },
      ];
    },
  };
}
