import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';

/** DuckDB's worker, asked for before the engine's own JS (and Apache Arrow) has loaded. */
export interface EngineWorker {
  readonly worker: Worker;
  /** The wasm module that goes with this worker. */
  readonly wasmUrl: string;
}

// The smallest module using a wasm `try` block (the probe DuckDB's own bundle selection uses): it
// validates only where the browser has WebAssembly exceptions, which the eh bundle needs.
const EXCEPTIONS_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 8, 1, 6, 0, 6, 64, 25, 11, 11,
]);

/**
 * Starts DuckDB's worker with nothing but its URL, so its script loads while the page's JS is still
 * being evaluated; `startBrowserEngine` (a chunk of its own, off the initial JS) takes it over.
 * Self-hosted files only: Vite copies them next to the app, no CDN is ever asked.
 */
export function startEngineWorker(): EngineWorker {
  const eh = WebAssembly.validate(EXCEPTIONS_PROBE);
  return { worker: new Worker(eh ? ehWorker : mvpWorker), wasmUrl: eh ? ehWasm : mvpWasm };
}
