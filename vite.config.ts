import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { PRECACHE_WORKBOX } from './scripts/pwa-options.mjs';
import { earlyStartPlugin } from './scripts/vite-plugin-early-start.mjs';
import { firstScreenPlugin } from './scripts/vite-plugin-first-screen.mjs';

// `base: './'` makes every asset URL relative, so dist/ works from any sub-path of any static server.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    earlyStartPlugin(),
    firstScreenPlugin(),
    // dist/sw.js by Workbox. Registered by src/app/service-worker.ts (no injected script: the CSP forbids
    // inline ones), with the prompt of src/app/update-prompt.tsx; public/manifest.webmanifest is kept.
    VitePWA({
      injectRegister: null,
      registerType: 'prompt',
      manifest: false,
      workbox: {
        ...PRECACHE_WORKBOX,
        navigateFallback: 'index.html',
        // Only the app's own page answers a navigation offline, never some other path opened directly;
        // Workbox tests path and query, and a shared link may carry a query.
        navigateFallbackAllowlist: [/\/(?:index\.html)?(?:\?.*)?$/],
        // One file with the Workbox runtime inside, instead of sw.js plus a workbox-*.js beside it.
        inlineWorkboxRuntime: true,
        cleanupOutdatedCaches: true,
        // The first worker takes the page that installed it, so a later build waits behind it (and the
        // prompt can offer it) instead of taking over unasked; a waiting one moves only on SKIP_WAITING.
        clientsClaim: true,
        skipWaiting: false,
      },
    }),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  assetsInclude: ['**/*.csv'],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
  },
  test: {
    // Pinned so that formatted numbers and dates are the same on every machine.
    env: { TZ: 'Asia/Ho_Chi_Minh' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
          environment: 'node',
          // Each file starts its own DuckDB (about 1 s, more on a busy 2-core machine).
          hookTimeout: 60_000,
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          globalSetup: ['test/e2e/support/global-setup.ts'],
        },
      },
    ],
  },
});
