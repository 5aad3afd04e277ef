/**
 * SHA-256 of a file's bytes as hex: the same file imported twice is recognised by its content, whatever
 * its name. WebCrypto digests off the calling thread, so it overlaps the scan that follows it.
 */
export async function contentHash(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** Starts the digest before a synchronous prepare takes the thread; awaited after it. */
export async function withContentHash<T extends object>(
  bytes: Uint8Array,
  prepare: () => T,
): Promise<T & { contentHash: string }> {
  // The digest reads the bytes before prepare runs: a worker may transfer them away after it.
  const hashing = contentHash(bytes);
  hashing.catch(() => undefined);
  const prepared = prepare();
  return { ...prepared, contentHash: await hashing };
}
