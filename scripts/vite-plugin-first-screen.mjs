// At `vite build`: reads the bundled CSVs into DuckDB in Node and ships its tables as Arrow IPC, then
// answers the first screen's queries over them through the app's own query functions
// (scripts/snapshot/first-screen.ts), and ships the answers as two hashed assets. The app imports the
// answers' URLs from `virtual:first-screen-snapshot` (null in dev and in the tests) and the tables'
// from `virtual:bundled-tables` (in dev, served by this plugin from the same build code).
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runnerImport } from 'vite';

const VIRTUAL_ID = 'virtual:first-screen-snapshot';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const TABLES_ID = 'virtual:bundled-tables';
const RESOLVED_TABLES_ID = `\0${TABLES_ID}`;
const TABLE_NAMES = ['scores', 'lineage'];
const DEV_TABLES_PATH = '/@bundled-tables/';

function runnerOptions(root) {
  return { configFile: false, root, logLevel: 'warn', resolve: { alias: { '@': join(root, 'src') } } };
}

/** Loads the TypeScript build module with the app's `@/` alias, the way Vite runs its own config. */
async function computeSnapshot(root) {
  const { module } = await runnerImport(join(root, 'scripts/snapshot/first-screen.ts'), runnerOptions(root));
  return module.buildFirstScreenSnapshot(root);
}

/** In dev: only the tables, read from data/ when first asked for. */
async function computeTables(root) {
  const { module } = await runnerImport(join(root, 'scripts/snapshot/load-bundled.ts'), runnerOptions(root));
  return module.buildBundledTables(join(root, 'data'));
}

function tableAsset(name, bytes) {
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 10);
  return { name: `bundled-${name}-${hash}.arrow`, source: bytes };
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
  let tables = null;
  let devTables = null;
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
      tables = Object.fromEntries(TABLE_NAMES.map((name) => [name, tableAsset(name, files.tables[name])]));
      for (const table of Object.values(tables)) {
        config.logger.info(
          `${table.name}: ${kb(table.source.length)} (${kb(gzipSync(table.source).length)} gzip)`,
        );
      }
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
    configureServer(server) {
      server.middlewares.use(DEV_TABLES_PATH, (req, res, next) => {
        const name = (req.url ?? '').replace(/^\/|\.arrow$/g, '');
        if (!TABLE_NAMES.includes(name)) return next();
        devTables ??= computeTables(config.root);
        devTables.then(
          (built) => {
            res.setHeader('Content-Type', 'application/vnd.apache.arrow.stream');
            res.end(Buffer.from(built[name]));
          },
          (error) => next(error),
        );
      });
    },
    resolveId(id) {
      if (id === TABLES_ID) return RESOLVED_TABLES_ID;
      return id === VIRTUAL_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id === RESOLVED_TABLES_ID) {
        // As below: relative to the chunk, through variables; in dev, the server's own path.
        const files = TABLE_NAMES.map((name) =>
          JSON.stringify(tables === null ? `${DEV_TABLES_PATH}${name}.arrow` : tables[name].name),
        );
        const base = tables === null ? 'location.href' : 'import.meta.url';
        return [
          `const files = [${files.join(', ')}];`,
          `const [${TABLE_NAMES.join(', ')}] = files.map((file) => new URL(file, ${base}).href);`,
          `export default { ${TABLE_NAMES.join(', ')} };`,
        ].join('\n');
      }
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
      for (const asset of [...Object.values(assets ?? {}), ...Object.values(tables ?? {})]) {
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
