import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vitest/config';

// Not a test suite: a timing run of the derived facts on the Node engine (same wasm as the browser).
//   node scripts/gen-long-csv.mjs 1000000 > /tmp/long-1m.csv
//   FACTS_CSV=/tmp/long-1m.csv npx vitest run --config scripts/facts-timing/vitest.config.ts
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('../../src', import.meta.url)) } },
  test: {
    include: ['scripts/facts-timing/*.timing.ts'],
    root: fileURLToPath(new URL('../..', import.meta.url)),
    environment: 'node',
    testTimeout: 900_000,
    hookTimeout: 900_000,
  },
});
