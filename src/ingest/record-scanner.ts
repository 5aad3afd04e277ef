import { TEXT_AFTER_QUOTE, UNCLOSED_QUOTE } from './hints';
import { IssueList } from './issue-list';
import type { ImportIssue } from './types';

/**
 * What a column holds, for the checks the scanner does on the fly. `Blank` marks a column whose header
 * cell is empty: only whether it holds data matters. From `Number` on, the kinds are numeric: a
 * decimal, a whole number, a four-digit year.
 */
export const ColumnKind = { Ignored: 0, Text: 1, Blank: 2, Number: 3, Integer: 4, Year: 5 } as const;

export interface ScanOptions {
  start: number;
  startLine: number;
  delimiter: number;
  kinds: Uint8Array;
  names: readonly string[];
  maxFieldLength: number;
  /** Stop when this byte offset is reached and report where it is (to place an encoding error). */
  stopAt?: number;
  /** 1 for the columns of the key (index, year, unit, component): their bytes are hashed per record. */
  keyColumns?: Uint8Array;
}

export interface ScanResult {
  recordCount: number;
  recordLines: Int32Array;
  /** Byte ranges of blank records that DuckDB would read as rows of NULLs. */
  drops: [number, number][];
  errors: IssueList;
  strayQuotes: ImportIssue[];
  decimalComma: boolean;
  /** Some decimal cell (score, maximum) can only be read with a decimal point: see `isDotDecimal`. */
  dotDecimals: boolean;
  /** Line ends seen outside quotes: 1 = LF, 2 = CRLF, 4 = CR (more than one bit: a mixed file). */
  lineEnds: number;
  /**
   * Every numeric cell is bare digits (a decimal with at most one point, a year with four): DuckDB's
   * typed reader then reads exactly what the validating insert would, without its per-cell checks.
   */
  plainNumbers: boolean;
  /**
   * A 52-bit hash of each data record's key bytes (see `keyColumns`), or null when a key cell was
   * quoted (its bytes may not be its value). Equal keys have equal hashes, so all-distinct hashes
   * prove all-distinct keys, wherever the bytes are the values.
   */
  keyHashes: Float64Array | null;
  trim: boolean[];
  nonEmpty: boolean[];
  headerFieldCount: number;
  stoppedAt: { line: number; field: number } | null;
}

import {
  COMMA,
  CR,
  charLength,
  EDGE_FIRST,
  EDGE_LAST,
  isEdgeSpace,
  LF,
  QUOTE,
  recordHasContent,
  specialBytes,
} from './byte-checks';

/** A comma inside a score or a rank is a decimal comma (a year is never read that way). */
const holdsDecimals = (kind: number | undefined) => kind === ColumnKind.Number || kind === ColumnKind.Integer;

/** Whether a numeric cell `[from, to)` is bare digits, as `ScanResult.plainNumbers` says. */
function isPlainNumeric(bytes: Uint8Array, from: number, to: number, kind: number): boolean {
  if (kind === ColumnKind.Year && to - from !== 4) return false;
  let digits = 0;
  let points = 0;
  for (let i = from; i < to; i += 1) {
    const b = bytes[i] as number;
    if (b >= 0x30 && b <= 0x39) digits += 1;
    else if (b === 0x2e && kind === ColumnKind.Number) points += 1;
    else return false;
  }
  return digits > 0 && points <= 1;
}

const isDigit = (b: number | undefined) => b !== undefined && b >= 0x30 && b <= 0x39;

/**
 * A cell `[from, to)` that can only be a decimal point: `[+-]digits.digits[ ][%]` with one dot, unless
 * one to three digits come before it and exactly three after (`10.000`: thousands in vi-VN).
 */
function isDotDecimal(bytes: Uint8Array, from: number, to: number): boolean {
  let end = to;
  while (end > from && (bytes[end - 1] === 0x25 || bytes[end - 1] === 0x20)) end -= 1;
  let i = from;
  while (i < end && bytes[i] === 0x20) i += 1;
  if (bytes[i] === 0x2b || bytes[i] === 0x2d) i += 1;
  const intStart = i;
  while (i < end && isDigit(bytes[i])) i += 1;
  const before = i - intStart;
  if (bytes[i] !== 0x2e) return false;
  i += 1;
  const fracStart = i;
  while (i < end && isDigit(bytes[i])) i += 1;
  const after = i - fracStart;
  if (i !== end || after === 0) return false;
  return !(before >= 1 && before <= 3 && after === 3);
}

/**
 * Length of the invisible character at `at`, or 0: zero-width space and joiners (U+200B–U+200D), word
 * joiner and invisible operators (U+2060–U+2064), BOM (U+FEFF), soft hyphen (U+00AD). Inside a name
 * they make two names look the same; at its edges the trim removes the ones it knows.
 */
export function invisibleLength(bytes: Uint8Array, at: number): number {
  const b = bytes[at];
  const b1 = bytes[at + 1] ?? 0;
  const b2 = bytes[at + 2] ?? 0;
  if (b === 0xc2) return b1 === 0xad ? 2 : 0;
  if (b === 0xef) return b1 === 0xbb && b2 === 0xbf ? 3 : 0;
  if (b !== 0xe2) return 0;
  if (b1 === 0x80 && b2 >= 0x8b && b2 <= 0x8d) return 3;
  return b1 === 0x81 && b2 >= 0xa0 && b2 <= 0xa4 ? 3 : 0;
}

/** Where a field's content starts once the trim (space, tab, U+00A0, U+200B, U+FEFF) has run. */
function trimmedStart(bytes: Uint8Array, from: number, to: number): number {
  let i = from;
  while (i < to) {
    const b = bytes[i];
    if (b === 0x20 || b === 0x09) i += 1;
    else if (b === 0xc2 && bytes[i + 1] === 0xa0) i += 2;
    else if (b === 0xe2 && bytes[i + 1] === 0x80 && bytes[i + 2] === 0x8b) i += 3;
    else if (b === 0xef && bytes[i + 1] === 0xbb && bytes[i + 2] === 0xbf) i += 3;
    else break;
  }
  return i;
}

function trimmedEnd(bytes: Uint8Array, from: number, to: number): number {
  let i = to;
  while (i > from) {
    const b = bytes[i - 1];
    if (b === 0x20 || b === 0x09) i -= 1;
    else if (b === 0xa0 && bytes[i - 2] === 0xc2) i -= 2;
    else if (b === 0x8b && bytes[i - 2] === 0x80 && bytes[i - 3] === 0xe2) i -= 3;
    else if (b === 0xbf && bytes[i - 2] === 0xbb && bytes[i - 3] === 0xef) i -= 3;
    else break;
  }
  return i;
}

/** At a field's end: an invisible character the trim does not remove is an error, named by line and column. */
function judgeInvisible(ctx: Context, field: number, from: number, to: number): void {
  const start = trimmedStart(ctx.bytes, from, to);
  const end = trimmedEnd(ctx.bytes, start, to);
  for (const [position, at] of ctx.invisibleAt.entries()) {
    if (at < start || at >= end) continue;
    const [b0 = 0, b1 = 0, b2 = 0] = ctx.bytes.subarray(at, at + 3);
    const point = b0 === 0xc2 ? b1 : ((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
    const hint = `U+${point.toString(16).toUpperCase().padStart(4, '0')}`;
    const line = ctx.invisibleLines[position] ?? 0;
    ctx.errors.add({ code: 'invisible-character', line, column: columnName(ctx, field), hint });
    break;
  }
  ctx.invisibleAt.length = 0;
  ctx.invisibleLines.length = 0;
}

// Two FNV-1a hashes (32 and 20 bits kept) over a record's key cells, a separator byte after each cell.
const FNV_OFFSET = 0x811c9dc5;
const FNV_OFFSET_B = 0x01000193;
const FNV_PRIME = 0x01000193;
const FNV_PRIME_B = 0x00000193;
const CELL_END = 0xff;

function fnv(hash: number, bytes: Uint8Array, from: number, to: number, prime: number): number {
  let h = hash;
  for (let i = from; i < to; i += 1) h = Math.imul(h ^ (bytes[i] as number), prime);
  return Math.imul(h ^ CELL_END, prime);
}

/** Mutable scan state kept off the hot loop's locals (closures over locals would slow every byte). */
interface Context extends Omit<ScanResult, 'stoppedAt' | 'recordLines' | 'keyHashes'> {
  bytes: Uint8Array;
  options: ScanOptions;
  recordLines: Int32Array;
  keyHashes: Float64Array;
  keysHashable: boolean;
  hashA: number;
  hashB: number;
  /** Byte offsets and lines of invisible characters in the current field, judged when it ends. */
  invisibleAt: number[];
  invisibleLines: number[];
}

function columnName(ctx: Context, field: number): string | number {
  return ctx.options.names[field] ?? field + 1;
}

/** The rare checks of one field's content `[from, to)`: the hot loop calls this only when needed. */
function checkField(ctx: Context, field: number, from: number, to: number, line: number): void {
  const { bytes } = ctx;
  const kind = ctx.options.kinds[field];
  if (kind === ColumnKind.Blank) {
    ctx.nonEmpty[field] = true;
    return;
  }
  if (to - from > ctx.options.maxFieldLength) {
    const length = charLength(bytes, from, to);
    if (length > ctx.options.maxFieldLength) {
      ctx.errors.add({ code: 'field-too-long', line, column: columnName(ctx, field), count: length });
    }
  }
  if (!ctx.trim[field] && isEdgeSpace(bytes, from, to)) ctx.trim[field] = true;
}

function hashKeyCell(ctx: Context, from: number, to: number, quoted: boolean): void {
  if (!ctx.keysHashable) return;
  // A quoted cell may hold doubled quotes, so its bytes are not its value: no proof from hashes then.
  if (quoted) ctx.keysHashable = false;
  ctx.hashA = fnv(ctx.hashA, ctx.bytes, from, to, FNV_PRIME);
  ctx.hashB = fnv(ctx.hashB, ctx.bytes, from, to, FNV_PRIME_B);
}

/** The per-field checks of a non-empty field of a mapped column. */
function checkValue(ctx: Context, field: number, kind: number, from: number, to: number, line: number): void {
  if (
    to - from > ctx.options.maxFieldLength ||
    EDGE_FIRST[ctx.bytes[from] as number] === 1 ||
    EDGE_LAST[ctx.bytes[to - 1] as number] === 1 ||
    kind === ColumnKind.Blank
  ) {
    checkField(ctx, field, from, to, line);
  }
  if (kind >= ColumnKind.Number && ctx.plainNumbers && !isPlainNumeric(ctx.bytes, from, to, kind)) {
    ctx.plainNumbers = false;
  }
  if (kind === ColumnKind.Number && !ctx.dotDecimals && isDotDecimal(ctx.bytes, from, to)) {
    ctx.dotDecimals = true;
  }
}

function endRecord(
  ctx: Context,
  fields: number,
  recordStart: number,
  end: number,
  next: number,
  line: number,
): void {
  if (ctx.headerFieldCount < 0) {
    ctx.headerFieldCount = fields;
    return;
  }
  if (end === recordStart) return; // an empty line: DuckDB skips it too, so record indexes stay aligned
  if (!recordHasContent(ctx.bytes, recordStart, end, ctx.options.delimiter)) {
    ctx.drops.push([recordStart, next]);
    return;
  }
  if (fields !== ctx.headerFieldCount) {
    const code = fields > ctx.headerFieldCount ? 'extra-value' : 'missing-value';
    ctx.errors.add({ code, line, hint: `${fields}/${ctx.headerFieldCount}` });
  }
  if (ctx.recordCount === ctx.recordLines.length) {
    const grown = new Int32Array(ctx.recordLines.length * 2);
    grown.set(ctx.recordLines);
    ctx.recordLines = grown;
    if (ctx.keysHashable) {
      const hashes = new Float64Array(grown.length);
      hashes.set(ctx.keyHashes);
      ctx.keyHashes = hashes;
    }
  }
  ctx.recordLines[ctx.recordCount] = line;
  if (ctx.keysHashable) ctx.keyHashes[ctx.recordCount] = (ctx.hashA >>> 0) * 0x100000 + (ctx.hashB & 0xfffff);
  ctx.recordCount += 1;
}

function flagCharacter(ctx: Context, at: number, field: number, line: number): void {
  const { bytes } = ctx;
  const b = bytes[at] ?? 0;
  if (invisibleLength(bytes, at) > 0) {
    if (ctx.headerFieldCount >= 0 && ctx.options.kinds[field] === ColumnKind.Text) {
      ctx.invisibleAt.push(at);
      ctx.invisibleLines.push(line);
    }
    return;
  }
  if (b === 0xc2 || b === 0xef) return;
  if (b === 0xe2) {
    const b1 = bytes[at + 1];
    const b2 = bytes[at + 2] ?? 0;
    // U+202A–U+202E (embeddings, overrides) and U+2066–U+2069 (isolates) reorder what a reader sees.
    const bidi = (b1 === 0x80 && b2 >= 0xaa && b2 <= 0xae) || (b1 === 0x81 && b2 >= 0xa6 && b2 <= 0xa9);
    if (!bidi) return;
  }
  if (
    ctx.headerFieldCount < 0 ||
    field >= ctx.options.kinds.length ||
    ctx.options.kinds[field] === ColumnKind.Ignored
  )
    return;
  const point =
    b < 0x80 ? b : ((b & 0x0f) << 12) | (((bytes[at + 1] ?? 0) & 0x3f) << 6) | ((bytes[at + 2] ?? 0) & 0x3f);
  const hint = `U+${point.toString(16).toUpperCase().padStart(4, '0')}`;
  ctx.errors.add({ code: 'control-character', line, column: columnName(ctx, field), hint });
}

function result(ctx: Context): Omit<ScanResult, 'stoppedAt'> {
  return {
    recordCount: ctx.recordCount,
    recordLines: ctx.recordLines.slice(0, ctx.recordCount),
    drops: ctx.drops,
    errors: ctx.errors,
    strayQuotes: ctx.strayQuotes,
    decimalComma: ctx.decimalComma,
    dotDecimals: ctx.dotDecimals,
    lineEnds: ctx.lineEnds,
    plainNumbers: ctx.plainNumbers,
    keyHashes: ctx.keysHashable ? ctx.keyHashes.subarray(0, ctx.recordCount) : null,
    trim: ctx.trim,
    nonEmpty: ctx.nonEmpty,
    headerFieldCount: ctx.headerFieldCount,
  };
}

/**
 * One pass over the UTF-8 bytes, quote-aware (RFC 4180), that never builds a string per field:
 * where each record starts (physical lines: CR, LF, CRLF, and newlines inside quotes), field counts,
 * stray quotes, control and bidi characters, over-long fields, edge whitespace and decimal commas.
 * The first record is the header. DuckDB parses the same bytes afterwards with the same rules.
 */
export function scanRecords(bytes: Uint8Array, options: ScanOptions): ScanResult {
  const width = options.kinds.length;
  const ctx: Context = {
    bytes,
    options,
    recordCount: 0,
    recordLines: new Int32Array(Math.max(16, bytes.length >> 6)),
    drops: [],
    errors: new IssueList(),
    strayQuotes: [],
    decimalComma: false,
    dotDecimals: false,
    lineEnds: 0,
    plainNumbers: true,
    keyHashes: new Float64Array(options.keyColumns ? Math.max(16, bytes.length >> 6) : 0),
    keysHashable: options.keyColumns !== undefined,
    hashA: FNV_OFFSET,
    hashB: FNV_OFFSET_B,
    trim: new Array<boolean>(width).fill(false),
    nonEmpty: new Array<boolean>(width).fill(false),
    headerFieldCount: -1,
    invisibleAt: [],
    invisibleLines: [],
  };
  const special = specialBytes(options.delimiter);
  const { delimiter, kinds } = options;
  const keyColumns = options.keyColumns ?? new Uint8Array(width);
  const n = options.stopAt ?? bytes.length;
  let line = options.startLine;
  let recordStart = options.start;
  let recordLine = line;
  let field = 0;
  let fieldStart = options.start;
  let quoted = false;
  let inQuotes = false;
  let closedAt = -1;
  let i = options.start;
  for (; i < n; i += 1) {
    const b = bytes[i] as number;
    if (special[b] === 0) continue;
    if (inQuotes) {
      if (b === QUOTE) {
        if (bytes[i + 1] === QUOTE) i += 1;
        else {
          inQuotes = false;
          closedAt = i;
        }
      } else if (b === LF || (b === CR && bytes[i + 1] !== LF)) line += 1;
      else if (b === COMMA) {
        if (holdsDecimals(kinds[field]) && ctx.headerFieldCount >= 0) ctx.decimalComma = true;
      } else if (b !== CR && b !== delimiter) flagCharacter(ctx, i, field, line);
      continue;
    }
    if (b === delimiter || b === LF || b === CR) {
      if (field < width && ctx.headerFieldCount >= 0) {
        const from = quoted ? fieldStart + 1 : fieldStart;
        const to = quoted && closedAt >= 0 ? closedAt : i;
        if (quoted && closedAt + 1 !== i) {
          ctx.errors.add({
            code: 'invalid-quotes',
            line: recordLine,
            column: columnName(ctx, field),
            hint: TEXT_AFTER_QUOTE,
          });
        }
        const kind = kinds[field] as number;
        if (kind !== ColumnKind.Ignored && to > from) checkValue(ctx, field, kind, from, to, recordLine);
        if (keyColumns[field] === 1) hashKeyCell(ctx, from, to, quoted);
        if (ctx.invisibleAt.length > 0) judgeInvisible(ctx, field, from, to);
      }
      quoted = false;
      closedAt = -1;
      if (b === delimiter) {
        field += 1;
        fieldStart = i + 1;
        continue;
      }
      const next = b === CR && bytes[i + 1] === LF ? i + 2 : i + 1;
      ctx.lineEnds |= b === LF ? 1 : next === i + 2 ? 2 : 4;
      endRecord(ctx, field + 1, recordStart, i, next, recordLine);
      ctx.hashA = FNV_OFFSET;
      ctx.hashB = FNV_OFFSET_B;
      i = next - 1;
      line += 1;
      recordLine = line;
      recordStart = next;
      fieldStart = next;
      field = 0;
    } else if (b === QUOTE) {
      if (i === fieldStart) {
        inQuotes = true;
        quoted = true;
      } else if (
        !quoted &&
        field < width &&
        kinds[field] !== ColumnKind.Ignored &&
        ctx.headerFieldCount >= 0
      ) {
        const last = ctx.strayQuotes[ctx.strayQuotes.length - 1];
        if (last?.line !== recordLine)
          ctx.strayQuotes.push({ code: 'invalid-quotes', line: recordLine, column: columnName(ctx, field) });
      }
    } else if (b === COMMA) {
      if (holdsDecimals(kinds[field]) && ctx.headerFieldCount >= 0) ctx.decimalComma = true;
    } else flagCharacter(ctx, i, field, line);
  }
  if (options.stopAt !== undefined) {
    return { ...result(ctx), stoppedAt: { line, field } };
  }
  if (inQuotes) {
    ctx.errors.add({
      code: 'invalid-quotes',
      line: recordLine,
      column: columnName(ctx, field),
      hint: UNCLOSED_QUOTE,
    });
  } else if (i > recordStart) {
    const from = quoted ? fieldStart + 1 : fieldStart;
    const to = quoted && closedAt >= 0 ? closedAt : i;
    const kind = kinds[field] ?? ColumnKind.Ignored;
    if (field < width && kind !== ColumnKind.Ignored && to > from)
      checkValue(ctx, field, kind, from, to, recordLine);
    if (field < width && keyColumns[field] === 1) hashKeyCell(ctx, from, to, quoted);
    if (field < width && ctx.invisibleAt.length > 0) judgeInvisible(ctx, field, from, to);
    endRecord(ctx, field + 1, recordStart, i, i, recordLine);
  }
  return { ...result(ctx), stoppedAt: null };
}
