import { engineWorker } from '@/db/engine-worker';

// The page's first script, an entry of its own with nothing else in it (scripts/vite-plugin-early-start.mjs):
// it runs as soon as its few bytes arrive, before the rest of the start-up code has downloaded, so
// DuckDB's worker script and its wasm are on their way and compiling while the page's JS still loads.
engineWorker();
