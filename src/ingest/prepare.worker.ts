/// <reference lib="webworker" />
import { prepare } from './prepare';
import type { Prepared, PrepareOptions } from './types';

declare const self: DedicatedWorkerGlobalScope;

/** Buffers that can move back to the page without a copy (the CSV may be the input buffer itself). */
function transferables(prepared: Prepared): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const view of [prepared.csv, prepared.recordLines, prepared.lineBreakpoints]) {
    if (view.buffer instanceof ArrayBuffer) buffers.add(view.buffer);
  }
  return [...buffers];
}

self.onmessage = (event: MessageEvent<{ bytes: Uint8Array; options: PrepareOptions }>) => {
  const prepared = prepare(event.data.bytes, event.data.options);
  self.postMessage(prepared, transferables(prepared));
};
