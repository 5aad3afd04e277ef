import { Unzip, UnzipInflate, Zip, ZipDeflate } from 'fflate';

/** Pieces small enough that the page stays responsive between two of them. */
const CHUNK = 1 << 20;
/** A workspace never holds more than this once unpacked: a zip bomb is refused, not inflated. */
export const MAX_UNPACKED_BYTES = 1 << 30;

export type ZipProgress = (fraction: number) => void;

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Zips the files piece by piece, yielding between pieces, so a large workspace never freezes the page. */
export async function packZip(
  files: readonly { readonly name: string; readonly bytes: Uint8Array }[],
  onProgress: ZipProgress = () => undefined,
): Promise<Blob> {
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk as Uint8Array<ArrayBuffer>);
  });
  const total = files.reduce((sum, file) => sum + file.bytes.length, 0) || 1;
  let done = 0;
  for (const file of files) {
    const entry = new ZipDeflate(file.name, { level: 6 });
    zip.add(entry);
    if (file.bytes.length === 0) entry.push(new Uint8Array(0), true);
    for (let start = 0; start < file.bytes.length; start += CHUNK) {
      const end = Math.min(start + CHUNK, file.bytes.length);
      entry.push(file.bytes.subarray(start, end), end === file.bytes.length);
      done += end - start;
      onProgress(done / total);
      await nextTask();
    }
  }
  zip.end();
  if (failure) throw failure;
  return new Blob(chunks, { type: 'application/zip' });
}

/** Why a file could not be unpacked; `detail` is the library's own text. */
export class UnzipFailure extends Error {
  constructor(
    readonly reason: 'not-zip' | 'too-large',
    readonly detail: string,
  ) {
    super(detail);
  }
}

/** Unpacks a zip read piece by piece from the Blob, yielding between pieces. */
export async function unpackZip(
  file: Blob,
  onProgress: ZipProgress = () => undefined,
): Promise<Map<string, Uint8Array>> {
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  if (head[0] !== 0x50 || head[1] !== 0x4b || head[2] !== 0x03 || head[3] !== 0x04)
    throw new UnzipFailure('not-zip', 'no local file header signature');
  const parts = new Map<string, Uint8Array<ArrayBuffer>[]>();
  const finished = new Set<string>();
  let unpacked = 0;
  let failure: UnzipFailure | null = null;
  const unzip = new Unzip((entry) => {
    const pieces: Uint8Array<ArrayBuffer>[] = [];
    parts.set(entry.name, pieces);
    entry.ondata = (error, chunk, final) => {
      if (error) {
        failure ??= new UnzipFailure('not-zip', `${entry.name}: ${error.message}`);
        return;
      }
      unpacked += chunk.length;
      if (unpacked > MAX_UNPACKED_BYTES) {
        failure ??= new UnzipFailure('too-large', `more than ${MAX_UNPACKED_BYTES} bytes unpacked`);
        entry.terminate();
        return;
      }
      pieces.push(chunk as Uint8Array<ArrayBuffer>);
      if (final) finished.add(entry.name);
    };
    entry.start();
  });
  unzip.register(UnzipInflate);
  const size = file.size;
  for (let start = 0; start < size && !failure; start += CHUNK) {
    const end = Math.min(start + CHUNK, size);
    try {
      unzip.push(new Uint8Array(await file.slice(start, end).arrayBuffer()), end === size);
    } catch (error) {
      failure ??= new UnzipFailure('not-zip', error instanceof Error ? error.message : String(error));
    }
    onProgress(end / size);
    await nextTask();
  }
  if (failure) throw failure;
  const files = new Map<string, Uint8Array>();
  for (const [name, pieces] of parts) {
    if (!finished.has(name)) throw new UnzipFailure('not-zip', `${name}: truncated`);
    files.set(name, join(pieces));
  }
  return files;
}

function join(pieces: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  let offset = 0;
  for (const piece of pieces) {
    out.set(piece, offset);
    offset += piece.length;
  }
  return out;
}
