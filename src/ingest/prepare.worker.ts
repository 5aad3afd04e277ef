/// <reference lib="webworker" />
import { withContentHash } from './content-hash';
import { prepareForImport } from './prepare';
import type { PrepareRequest } from './prepare-in-worker';
import { readBlob } from './read-blob';
import { markStage } from './stage-mark';
import type { Prepared } from './types';

declare const self: DedicatedWorkerGlobalScope;

/** Buffers that can move back to the page without a copy (the CSV may be the input buffer itself). */
function transferables(prepared: Prepared): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const view of [prepared.csv, prepared.recordLines, prepared.lineBreakpoints]) {
    if (view.buffer instanceof ArrayBuffer) buffers.add(view.buffer);
  }
  return [...buffers];
}

self.onmessage = async (event: MessageEvent<PrepareRequest>) => {
  const { source, options } = event.data;
  try {
    // Read here, not on the page: a 100 MB Blob read ends in a long task on the thread that awaits it.
    // Read as a stream, so that the page's bar moves by bytes read.
    const bytes =
      source instanceof Uint8Array
        ? source
        : await readBlob(source, (fraction) => self.postMessage({ read: fraction }));
    markStage('worker-read');
    const prepared = await withContentHash(bytes, () => prepareForImport(bytes, options));
    markStage('worker-prepared');
    self.postMessage(prepared, transferables(prepared));
  } catch (error) {
    // A file that cannot be read (removed from disk, permission revoked) is an answer, not a crash.
    self.postMessage({ failed: error instanceof Error ? error.message : String(error) });
  }
};
