import type { ImportSource, Prepared, PrepareOptions } from './types';

/** What the page sends to prepare.worker.ts. */
export interface PrepareRequest {
  source: ImportSource;
  options: PrepareOptions;
}

/**
 * `prepare` in a module worker, for `importCsv(…, { prepare: prepareInWorker })` in the browser.
 * A plain module worker bundled by Vite (no blob: URL, so the CSP's `worker-src 'self'` allows it;
 * PapaParse's `worker: true` would not). A Blob (the picked File, or one kept in IndexedDB) is read
 * inside the worker: `arrayBuffer()` of 100 MB on the page costs a long main-thread task, and posting
 * a File only clones a handle. Bytes are transferred, not copied (the caller's array is detached).
 * One worker per call, ended when it answers or when `signal` aborts, so no state lingers.
 */
export function prepareInWorker(
  source: ImportSource,
  options: PrepareOptions = {},
  signal?: AbortSignal,
  onRead: (fraction: number) => void = () => undefined,
): Promise<Prepared> {
  return new Promise<Prepared>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const worker = new Worker(new URL('./prepare.worker.ts', import.meta.url), { type: 'module' });
    const onAbort = () => {
      worker.terminate();
      reject(signal?.reason);
    };
    const settle = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event: MessageEvent<Prepared | { failed: string } | { read: number }>) => {
      if ('read' in event.data) {
        onRead(event.data.read);
        return;
      }
      settle();
      if ('failed' in event.data) reject(new Error(event.data.failed));
      else resolve(event.data);
    };
    worker.onerror = (event: ErrorEvent) => {
      settle();
      reject(new Error(event.message || 'prepare worker failed'));
    };
    const request: PrepareRequest = { source, options };
    worker.postMessage(request, source instanceof Uint8Array ? [source.buffer] : []);
  });
}
