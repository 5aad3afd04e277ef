import { XLS_SIGNATURE, XLSX_SIGNATURE } from './hints';
import type { ImportIssue } from './types';

/** Result of looking at the raw bytes: UTF-8 bytes to scan from `start`, or a reason to stop. */
export type Sniffed =
  | { kind: 'utf8'; bytes: Uint8Array; start: number; warnings: ImportIssue[] }
  | { kind: 'stop'; error: ImportIssue };

const CHUNK = 1 << 20;
const COMBINING = /[\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff]/;
export const LEGACY_HINT = 'legacy Vietnamese encoding (TCVN3/VNI) suspected: re-save as CSV UTF-8';
const encoder = new TextEncoder();

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

function isBlank(bytes: Uint8Array, start: number): boolean {
  for (let i = start; i < bytes.length; i += 1) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return false;
  }
  return true;
}

/** Container formats, UTF-16 and BOMs, decided from the first bytes only. */
export function sniffBytes(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return { kind: 'stop', error: { code: 'empty-file' } };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return { kind: 'stop', error: { code: 'format-error', hint: XLSX_SIGNATURE } };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return { kind: 'stop', error: { code: 'format-error', hint: XLS_SIGNATURE } };
  }
  const utf16 = startsWith(bytes, [0xff, 0xfe])
    ? 'utf-16le'
    : startsWith(bytes, [0xfe, 0xff])
      ? 'utf-16be'
      : null;
  if (utf16) {
    let text: string;
    try {
      // TextDecoder drops the BOM itself.
      text = new TextDecoder(utf16, { fatal: true }).decode(bytes);
    } catch {
      return { kind: 'stop', error: { code: 'encoding-error', hint: utf16 } };
    }
    const utf8 = encoder.encode(text);
    if (isBlank(utf8, 0)) return { kind: 'stop', error: { code: 'empty-file' } };
    return { kind: 'utf8', bytes: utf8, start: 0, warnings: [{ code: 'encoding-converted', hint: utf16 }] };
  }
  const start = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  if (isBlank(bytes, start)) return { kind: 'stop', error: { code: 'empty-file' } };
  return { kind: 'utf8', bytes, start, warnings: [] };
}

/** Length of a valid UTF-8 sequence at `i`, or 0 when the byte there starts no valid sequence. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i] ?? 0;
  if (b < 0x80) return 1;
  const cont = (k: number): boolean => ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const b1 = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 > 0x9f)) return 0;
    return cont(1) && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const b1 = bytes[i + 1] ?? 0;
    if ((b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 > 0x8f)) return 0;
    return cont(1) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** `bytes` as aligned 32-bit words from byte `lead` on, to pass over ASCII four bytes at a time. */
function alignedWords(bytes: Uint8Array): { lead: number; words: Uint32Array } {
  const lead = (4 - (bytes.byteOffset & 3)) & 3;
  const count = bytes.length >= lead ? (bytes.length - lead) >> 2 : 0;
  const words =
    count > 0 ? new Uint32Array(bytes.buffer, bytes.byteOffset + lead, count) : new Uint32Array(0);
  return { lead, words };
}

/** Whether the character at `i` may be a combining mark (U+0300–036F, U+1DC0–1DFF, U+20D0–20FF). */
function mayBeCombining(bytes: Uint8Array, i: number): boolean {
  const b = bytes[i];
  return (
    b === 0xcc || b === 0xcd || (b === 0xe1 && bytes[i + 1] === 0xb7) || (b === 0xe2 && bytes[i + 1] === 0x83)
  );
}

/**
 * One pass over the bytes: the first that is not valid UTF-8 (or -1), and the first character that
 * may be a combining mark (or -1), so that only a file with such marks is ever decoded for NFC.
 */
function scanUtf8(bytes: Uint8Array, from: number): { invalidAt: number; firstMark: number } {
  const { lead, words } = alignedWords(bytes);
  let firstMark = -1;
  let i = from;
  while (i < bytes.length) {
    if ((bytes[i] as number) < 0x80) {
      i += 1;
      // Files are mostly ASCII: at a word boundary, skip whole words without a high bit.
      if (i >= lead && ((i - lead) & 3) === 0) {
        let word = (i - lead) >> 2;
        while (word < words.length && ((words[word] as number) & 0x80808080) === 0) word += 1;
        i = lead + (word << 2);
      }
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length === 0) return { invalidAt: i, firstMark };
    if (firstMark < 0 && mayBeCombining(bytes, i)) firstMark = i;
    i += length;
  }
  return { invalidAt: -1, firstMark };
}

/**
 * TCVN3 and VNI put Vietnamese letters in single high bytes, so almost none of a legacy file's high
 * bytes form valid UTF-8 sequences; a UTF-8 file with one damaged spot keeps most of them valid.
 */
export function looksLikeLegacyVietnamese(bytes: Uint8Array, limit = 1 << 16): boolean {
  let valid = 0;
  let invalid = 0;
  const end = Math.min(bytes.length, limit);
  let i = 0;
  while (i < end) {
    if ((bytes[i] ?? 0) < 0x80) {
      i += 1;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length === 0) {
      invalid += 1;
      i += 1;
    } else {
      valid += 1;
      i += length;
    }
  }
  return invalid >= 3 && invalid > valid;
}

/** True when `chunk` holds the byte pair `first, second` somewhere. */
function hasPair(chunk: Uint8Array, first: number, second: number): boolean {
  let at = chunk.indexOf(first);
  while (at >= 0) {
    if (chunk[at + 1] === second) return true;
    at = chunk.indexOf(first, at + 1);
  }
  return false;
}

/**
 * Whether `bytes[from, to)` may hold a combining mark (U+0300–036F: CC/CD lead bytes; U+1DC0–1DFF:
 * E1 B7; U+20D0–20FF: E2 83). Native `indexOf` over a view of the chunk only (never the rest of the
 * file), so the regex below runs only on such chunks.
 */
function mayHoldCombining(bytes: Uint8Array, from: number, to: number): boolean {
  const chunk = bytes.subarray(from, Math.min(bytes.length, to + 2));
  if (chunk.indexOf(0xcc) >= 0 || chunk.indexOf(0xcd) >= 0) return true;
  return hasPair(chunk, 0xe1, 0xb7) || hasPair(chunk, 0xe2, 0x83);
}

export interface Utf8Check {
  /** Byte offset of the first invalid byte, or -1. */
  invalidAt: number;
  /** True when some text is not in Unicode NFC (decomposed Vietnamese marks from some Mac/web tools). */
  needsNfc: boolean;
}

/** Moves `at` back (or forward) to the start of the character it falls in. */
function characterStart(bytes: Uint8Array, at: number, step: -1 | 1): number {
  let i = at;
  while (i > 0 && i < bytes.length && ((bytes[i] as number) & 0xc0) === 0x80) i += step;
  return i;
}

/**
 * Whether valid UTF-8 holds text that is not NFC. Only text with combining marks can be, in practice:
 * a chunk is decoded only when its bytes may hold one (never the whole 100 MB), from a little before
 * it so that a mark and the letter it follows are seen together.
 */
function holdsDecomposedText(bytes: Uint8Array, start: number, firstMark: number): boolean {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  for (let offset = Math.max(start, firstMark - 16); offset < bytes.length; offset += CHUNK) {
    const end = Math.min(bytes.length, offset + CHUNK);
    if (!mayHoldCombining(bytes, offset, end)) continue;
    const from = characterStart(bytes, Math.max(start, offset - 16), -1);
    const text = decoder.decode(bytes.subarray(from, characterStart(bytes, end, 1)));
    if (COMBINING.test(text) && text.normalize('NFC') !== text) return true;
  }
  return false;
}

/** Strict UTF-8 check, then the NFC check; memory stays flat on a 100 MB file. */
export function checkUtf8(bytes: Uint8Array, start: number): Utf8Check {
  const { invalidAt, firstMark } = scanUtf8(bytes, start);
  if (invalidAt >= 0) return { invalidAt, needsNfc: false };
  return { invalidAt: -1, needsNfc: firstMark >= 0 && holdsDecomposedText(bytes, start, firstMark) };
}

/** Physical line (1-based) of a byte offset: CR, LF and CRLF each end one line. */
export function physicalLineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) {
    const b = bytes[i];
    if (b === 0x0a) line += 1;
    else if (b === 0x0d && bytes[i + 1] !== 0x0a) line += 1;
  }
  return line;
}
