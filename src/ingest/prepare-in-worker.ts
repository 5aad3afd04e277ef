import type { Prepared, PrepareOptions } from './types';

/**
 * `prepare` in a module worker, for `importCsv(…, { prepare: prepareInWorker })` in the browser.
 * A plain module worker bundled by Vite (no blob: URL, so the CSP's `worker-src 'self'` allows it;
 * PapaParse's `worker: true` would not). The input buffer is transferred, not copied: `bytes` is
 * detached afterwards. One worker per call, ended when it answers, so no state lingers.
 */
export function prepareInWorker(bytes: Uint8Array, options: PrepareOptions = {}): Promise<Prepared> {
  return new Promise<Prepared>((resolve, reject) => {
    const worker = new Worker(new URL('./prepare.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<Prepared>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event: ErrorEvent) => {
      worker.terminate();
      reject(new Error(event.message || 'prepare worker failed'));
    };
    worker.postMessage({ bytes, options }, [bytes.buffer]);
  });
}
