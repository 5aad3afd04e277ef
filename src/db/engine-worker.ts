import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';

/** DuckDB's worker, asked for before the engine's own JS (and Apache Arrow) has loaded. */
export interface EngineWorker {
  readonly worker: Worker;
  /** Resolves once the worker has compiled and instantiated its wasm; rejects with the worker's error. */
  readonly instantiated: Promise<void>;
}

/**
 * The id of the one request sent before DuckDB's API is loaded. Its own requests count up from 0, and
 * it listens only once this one is answered, so the two never meet.
 */
const INSTANTIATE_ID = -1;

interface WorkerResponse {
  readonly requestId?: unknown;
  readonly type?: unknown;
  readonly data?: { readonly message?: unknown } | null;
}

/**
 * Sends the worker DuckDB's own INSTANTIATE request (the message `AsyncDuckDB.instantiate` posts:
 * duckdb-wasm's worker protocol, pinned with the package) the moment it exists: the worker fetches and
 * compiles the wasm as soon as its script has run, without waiting for DuckDB's API and Apache Arrow
 * (a chunk of their own) to load, nor for the page's main thread, which draws the first screen then.
 */
function instantiate(worker: Worker, wasmUrl: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<WorkerResponse>) => {
      const { requestId, type, data } = event.data;
      if (requestId !== INSTANTIATE_ID || type === 'INSTANTIATE_PROGRESS') return;
      worker.removeEventListener('message', onMessage);
      if (type === 'OK') resolve();
      else reject(new Error(typeof data?.message === 'string' ? data.message : 'DuckDB did not start'));
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', () => reject(new Error('DuckDB worker failed')), { once: true });
    worker.postMessage({ messageId: INSTANTIATE_ID, type: 'INSTANTIATE', data: [wasmUrl, null] });
  });
}

// The smallest module using a wasm `try` block (the probe DuckDB's own bundle selection uses): it
// validates only where the browser has WebAssembly exceptions, which the eh bundle needs.
const EXCEPTIONS_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 8, 1, 6, 0, 6, 64, 25, 11, 11,
]);

/**
 * Starts DuckDB's worker with nothing but its URL, and has it instantiate its wasm, so both load while
 * the page's JS is still being evaluated; `startBrowserEngine` (a chunk of its own, off the initial JS)
 * takes it over.
 * Self-hosted files only: Vite copies them next to the app, no CDN is ever asked.
 */
export function startEngineWorker(): EngineWorker {
  const eh = WebAssembly.validate(EXCEPTIONS_PROBE);
  const worker = new Worker(eh ? ehWorker : mvpWorker);
  const instantiated = instantiate(worker, eh ? ehWasm : mvpWasm);
  // Awaited by the engine's start; a failure is reported there, not as an unhandled rejection here.
  instantiated.catch(() => undefined);
  return { worker, instantiated };
}

let started: EngineWorker | null = null;

/**
 * The page's one engine worker: started by the page's first script (src/app/start-engine.ts), taken
 * over by the engine's start; started here if it was not.
 */
export function engineWorker(): EngineWorker {
  started ??= startEngineWorker();
  return started;
}
