/** Byte-level helpers of the record scanner: UTF-8 bytes, no strings. */
export const QUOTE = 0x22;
export const LF = 0x0a;
export const CR = 0x0d;
export const TAB = 0x09;
export const SPACE = 0x20;
export const COMMA = 0x2c;

/** Bytes that need a look in the hot loop; every other byte is skipped with one table read. */
export function specialBytes(delimiter: number): Uint8Array {
  const table = new Uint8Array(256);
  for (let b = 0; b < SPACE; b += 1) table[b] = b === TAB ? 0 : 1;
  table[QUOTE] = 1;
  table[delimiter] = 1;
  table[0x7f] = 1;
  table[0xe2] = 1;
  // Lead bytes of U+00AD and U+FEFF (see invisibleLength); both are rare in Vietnamese text.
  table[0xc2] = 1;
  table[0xef] = 1;
  table[COMMA] = 1;
  return table;
}

/** First or last bytes that may start or end edge whitespace (space, tab, U+00A0, U+200B, U+FEFF). */
export const EDGE_FIRST = new Uint8Array(256);
export const EDGE_LAST = new Uint8Array(256);
for (const b of [SPACE, TAB, 0xc2, 0xe2, 0xef]) EDGE_FIRST[b] = 1;
for (const b of [SPACE, TAB, 0xa0, 0x8b, 0xbf]) EDGE_LAST[b] = 1;

export function recordHasContent(bytes: Uint8Array, from: number, to: number, delimiter: number): boolean {
  for (let i = from; i < to; i += 1) {
    const b = bytes[i];
    if (b !== SPACE && b !== TAB && b !== delimiter && b !== QUOTE) return true;
  }
  return false;
}

export function isEdgeSpace(bytes: Uint8Array, from: number, to: number): boolean {
  const first = bytes[from];
  const last = bytes[to - 1];
  if (first === SPACE || first === TAB || last === SPACE || last === TAB) return true;
  // U+00A0 = C2 A0, U+200B = E2 80 8B, U+FEFF = EF BB BF, at either end
  if (first === 0xc2 && bytes[from + 1] === 0xa0) return true;
  if ((first === 0xe2 || first === 0xef) && to - from >= 3) {
    const b1 = bytes[from + 1];
    const b2 = bytes[from + 2];
    if ((first === 0xe2 && b1 === 0x80 && b2 === 0x8b) || (first === 0xef && b1 === 0xbb && b2 === 0xbf))
      return true;
  }
  if (last === 0xa0 && bytes[to - 2] === 0xc2) return true;
  if ((last === 0x8b || last === 0xbf) && to - from >= 3) {
    const b1 = bytes[to - 3];
    const b2 = bytes[to - 2];
    if ((b1 === 0xe2 && b2 === 0x80 && last === 0x8b) || (b1 === 0xef && b2 === 0xbb && last === 0xbf))
      return true;
  }
  return false;
}

export function charLength(bytes: Uint8Array, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i += 1) if (((bytes[i] ?? 0) & 0xc0) !== 0x80) count += 1;
  return count;
}
