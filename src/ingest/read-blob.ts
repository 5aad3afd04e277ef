/** Share of a step at which a progress report is worth sending (a worker message per chunk is waste). */
const REPORT_STEP = 0.01;

/**
 * A Blob's bytes, read as a stream so that `onRead` hears the fraction read (0–1) as it grows: the
 * reading stage of an import moves by bytes read, not from 0 to 1 at the end.
 */
export async function readBlob(blob: Blob, onRead: (fraction: number) => void): Promise<Uint8Array> {
  const total = blob.size;
  const out = new Uint8Array(total);
  const reader = blob.stream().getReader();
  let offset = 0;
  let reported = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    out.set(value.subarray(0, total - offset), offset);
    offset = Math.min(total, offset + value.length);
    const fraction = total === 0 ? 1 : offset / total;
    if (fraction - reported >= REPORT_STEP || fraction === 1) {
      reported = fraction;
      onRead(fraction);
    }
  }
  return offset === total ? out : out.subarray(0, offset);
}
