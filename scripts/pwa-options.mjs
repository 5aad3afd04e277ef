// What the service worker precaches and how each file is versioned; vite.config.ts hands these to
// vite-plugin-pwa, and test/unit/app/precache-manifest.test.ts checks them against two builds.

/** Every file of dist/, so the app, its data, the first-screen answers and every lazy chunk work offline. */
export const PRECACHE_WORKBOX = {
  globPatterns: ['**/*'],
  // Modern browsers all take DuckDB's exception-handling (eh) bundle; the mvp pair is 40 MB never used.
  globIgnores: ['**/duckdb-mvp-*.wasm', '**/duckdb-browser-mvp.worker-*.js', '**/*.map', 'sw.js'],
  // DuckDB's wasm is about 33 MB; Workbox's 2 MiB default would leave it out, and the app offline-less.
  maximumFileSizeToCacheInBytes: 64 * 1024 * 1024,
  // Vite names every file under assets/ by its content's hash, so the name is its revision; the few
  // files outside it (index.html, the web manifest, icons) get an MD5 of their content instead.
  dontCacheBustURLsMatching: /^assets\//,
};
