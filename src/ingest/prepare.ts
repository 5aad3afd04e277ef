import type { Delimiter, StagedColumn } from '@/sql/staged-file';
import { checkUtf8, LEGACY_HINT, looksLikeLegacyVietnamese, physicalLineAt, sniffBytes } from './decode';
import { findHeader, mapLongHeader } from './header';
import { BLANK_HEADER_WITH_DATA } from './hints';
import { IssueList } from './issue-list';
import { mixedLineEnds, withLfLineEnds } from './line-ends';
import { ColumnKind, scanRecords } from './record-scanner';
import { markStage } from './stage-mark';
import type { TextRecord } from './text-records';
import type { EarlyHead, ImportIssue, Prepared, PrepareOptions } from './types';
import { describeWideLayout, WIDE_LAYOUT_HINT, wideToLong } from './wide-layout';

/** Longest text accepted in one cell (a name, a code): longer is a broken file, not data. */
export const MAX_FIELD_LENGTH = 1000;
/** How much of a file's start `earlyHead` reads. */
export const PREFIX_BYTES = 1 << 16;
const SEP_DIRECTIVE = /^sep=([,;\t])[ \t]*(\r\n|\r|\n|$)/i;
const encoder = new TextEncoder();
const lossy = new TextDecoder('utf-8', { ignoreBOM: true });

function rejected(
  errors: readonly ImportIssue[],
  warnings: readonly ImportIssue[],
  count = errors.length,
): Prepared {
  return {
    ok: false,
    errors: [...errors],
    errorCount: count,
    warnings: [...warnings],
    csv: new Uint8Array(0),
    delimiter: ',',
    columns: [],
    recordCount: 0,
    recordLines: new Int32Array(0),
    lineBreakpoints: new Int32Array(0),
    decimalComma: false,
    dotDecimals: false,
    plainNumbers: false,
    keysDistinct: false,
    trimColumns: [],
  };
}

/** (record index, delta) pairs such that line = index + delta from that record to the next pair. */
export function lineBreakpoints(lines: Int32Array): Int32Array {
  const pairs: number[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const delta = (lines[i] ?? 0) - i;
    if (pairs.length === 0 || pairs[pairs.length - 1] !== delta) pairs.push(i, delta);
  }
  return Int32Array.from(pairs);
}

interface HeaderContext {
  delimiter: Delimiter;
  layout: 'long' | 'wide';
  header: TextRecord;
  titleRows: number;
  /** Byte offset of the header record. */
  headerByte: number;
  /** The decoded first bytes, physical line 1 at char 0. */
  text: string;
}

function locateHeader(bytes: Uint8Array, start: number, forced: Delimiter | null): HeaderContext {
  const text = lossy.decode(bytes.subarray(start, start + PREFIX_BYTES));
  const sep = SEP_DIRECTIVE.exec(text);
  const skip = sep ? sep[0].length : 0;
  const found = findHeader(text.slice(skip), forced ?? ((sep?.[1] as Delimiter | undefined) || null));
  const lineShift = sep ? 1 : 0;
  const header = {
    ...found.header,
    line: found.header.line + lineShift,
    start: found.header.start + skip,
    end: found.header.end + skip,
  };
  const headerByte = start + encoder.encode(text.slice(0, header.start)).length;
  return { ...found, header, headerByte, text };
}

const KEY_COLUMNS = new Set<StagedColumn>(['index', 'year', 'unit_code', 'component_code']);

/** True when no two hashes are equal (then no two keys are); sorts a copy, 1M in about 0.1 s. */
function allDistinct(hashes: Float64Array | null): boolean {
  if (hashes === null) return false;
  const sorted = hashes.slice().sort();
  for (let i = 1; i < sorted.length; i += 1) if (sorted[i] === sorted[i - 1]) return false;
  return true;
}

function kindOf(column: StagedColumn): number {
  if (column === null) return ColumnKind.Ignored;
  if (column === 'score' || column === 'max_score') return ColumnKind.Number;
  if (column === 'rank') return ColumnKind.Integer;
  return column === 'year' ? ColumnKind.Year : ColumnKind.Text;
}

function withoutRanges(bytes: Uint8Array, from: number, drops: readonly [number, number][]): Uint8Array {
  if (from === 0 && drops.length === 0) return bytes;
  const parts: Uint8Array[] = [];
  let cursor = from;
  for (const [dropStart, dropEnd] of drops) {
    parts.push(bytes.subarray(cursor, dropStart));
    cursor = dropEnd;
  }
  parts.push(bytes.subarray(cursor));
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function encodingError(bytes: Uint8Array, start: number, invalidAt: number): ImportIssue {
  const issue: ImportIssue = { code: 'encoding-error', line: physicalLineAt(bytes, invalidAt) };
  if (looksLikeLegacyVietnamese(bytes)) issue.hint = LEGACY_HINT;
  const context = locateHeader(bytes, start, null);
  if (context.layout === 'long' && context.headerByte < invalidAt) {
    const mapping = mapLongHeader(context.header);
    const at = scanRecords(bytes, {
      start: context.headerByte,
      startLine: context.header.line,
      delimiter: context.delimiter.charCodeAt(0),
      kinds: new Uint8Array(mapping.columns.length),
      names: mapping.names,
      maxFieldLength: Number.POSITIVE_INFINITY,
      stopAt: invalidAt,
    }).stoppedAt;
    if (at) issue.column = mapping.names[at.field] ?? at.field + 1;
  }
  return issue;
}

/**
 * Delimiter and columns when the file's first bytes are already what DuckDB reads (no BOM, no UTF-16,
 * no title rows or `sep=` line, a valid long header on line 1); null otherwise. Looks at 64 KiB only.
 */
export function earlyHead(input: Uint8Array, options: PrepareOptions = {}): EarlyHead | null {
  if (options.wide) return null;
  const sniffed = sniffBytes(input);
  if (sniffed.kind === 'stop' || sniffed.start !== 0) return null;
  try {
    const context = locateHeader(input, 0, null);
    if (context.layout !== 'long' || context.headerByte !== 0 || context.header.line !== 1) return null;
    const mapping = mapLongHeader(context.header);
    if (mapping.errors.length > 0 || mapping.blank.length > 0) return null;
    return { delimiter: context.delimiter, columns: mapping.columns };
  } catch {
    // Whatever the full prepare makes of such a file, it does so without the early start.
    return null;
  }
}

/**
 * `prepare` for an import: when an early insert already reads this very file (`options.early`) and the
 * prepared CSV is that file unchanged, no CSV is sent back (`reusesEarly`).
 */
export function prepareForImport(bytes: Uint8Array, options: PrepareOptions = {}): Prepared {
  const prepared = prepare(bytes, options);
  return options.early && prepared.ok && prepared.csv === bytes
    ? { ...prepared, csv: new Uint8Array(0), reusesEarly: true }
    : prepared;
}

/**
 * Bytes of a user's file → UTF-8 CSV for DuckDB plus where each record starts, or the reasons to
 * refuse it. Pure (no DOM, no DuckDB), so it runs in a Web Worker; see prepare.worker.ts.
 */
export function prepare(input: Uint8Array, options: PrepareOptions = {}): Prepared {
  const sniffed = sniffBytes(input);
  if (sniffed.kind === 'stop') return rejected([sniffed.error], []);
  let { bytes, start } = sniffed;
  const warnings = [...sniffed.warnings];
  const utf8 = checkUtf8(bytes, start);
  markStage('utf8-checked');
  if (utf8.invalidAt >= 0) return rejected([encodingError(bytes, start, utf8.invalidAt)], warnings);
  if (utf8.needsNfc) {
    bytes = encoder.encode(lossy.decode(bytes.subarray(start)).normalize('NFC'));
    start = 0;
  }
  const context = locateHeader(bytes, start, null);
  if (context.layout === 'wide') {
    if (!options.wide) {
      const result = rejected(
        [{ code: 'layout-wide', line: context.header.line, hint: WIDE_LAYOUT_HINT }],
        warnings,
      );
      return { ...result, needsWideMapping: describeWideLayout(context.header) };
    }
    const fullText = lossy.decode(bytes.subarray(start));
    const converted = wideToLong(fullText, context.delimiter, context.header, options.wide);
    const long = encoder.encode(converted.csv);
    const prepared = prepareLong(long, locateHeader(long, 0, ','), warnings, converted.lines);
    return {
      ...prepared,
      warnings: [{ code: 'wide-converted', line: context.header.line }, ...prepared.warnings],
    };
  }
  return prepareLong(bytes, context, warnings, null);
}

function prepareLong(
  bytes: Uint8Array,
  context: HeaderContext,
  warnings: ImportIssue[],
  lineMap: Int32Array | null,
): Prepared {
  const mapping = mapLongHeader(context.header);
  warnings.push(...mapping.warnings);
  if (context.titleRows > 0)
    warnings.push({ code: 'title-rows-skipped', line: context.header.line, count: context.titleRows });
  if (mapping.errors.length > 0) return rejected(mapping.errors, warnings);
  const scan = scanRecords(bytes, {
    start: context.headerByte,
    startLine: context.header.line,
    delimiter: context.delimiter.charCodeAt(0),
    kinds: Uint8Array.from(mapping.columns, kindOf),
    names: mapping.names,
    maxFieldLength: MAX_FIELD_LENGTH,
    keyColumns: Uint8Array.from(mapping.columns, (column) =>
      column !== null && KEY_COLUMNS.has(column) ? 1 : 0,
    ),
  });
  markStage('scanned');
  const toSource = (line: number | undefined): number | undefined =>
    lineMap && line !== undefined ? (lineMap[line - 2] ?? line) : line;
  const errors = new IssueList();
  for (const issue of scan.errors.items) errors.add({ ...issue, line: toSource(issue.line) });
  errors.count += scan.errors.count - scan.errors.items.length;
  for (const position of mapping.blank) {
    const issue = { code: 'blank-header', line: context.header.line, column: position + 1 };
    // An unnamed column holding data cannot be mapped: an error, worded apart (see format-issue.ts).
    if (scan.nonEmpty[position]) errors.add({ ...issue, hint: BLANK_HEADER_WITH_DATA });
    else warnings.push(issue);
  }
  if (scan.recordCount === 0 && errors.count === 0)
    errors.add({ code: 'no-data-rows', line: context.header.line });
  warnings.push(...scan.strayQuotes.slice(0, 50).map((issue) => ({ ...issue, line: toSource(issue.line) })));
  if (scan.decimalComma) warnings.push({ code: 'locale-decimal-comma' });
  const trimColumns = mapping.columns.filter(
    (column, position): column is NonNullable<StagedColumn> =>
      column !== null && scan.trim[position] === true,
  );
  if (trimColumns.length > 0) warnings.push({ code: 'whitespace-trimmed', column: trimColumns });
  if (errors.count > 0) return rejected(errors.items, warnings, errors.count);
  const kept = withoutRanges(bytes, context.headerByte, scan.drops);
  const delimiterByte = context.delimiter.charCodeAt(0);
  const recordLines = lineMap ? scan.recordLines.map((line) => lineMap[line - 2] ?? line) : scan.recordLines;
  return {
    ok: true,
    errors: [],
    errorCount: 0,
    warnings,
    csv: mixedLineEnds(scan.lineEnds) ? withLfLineEnds(kept, delimiterByte) : kept,
    delimiter: context.delimiter,
    columns: mapping.columns,
    recordCount: scan.recordCount,
    recordLines,
    lineBreakpoints: lineBreakpoints(recordLines),
    decimalComma: scan.decimalComma,
    dotDecimals: scan.dotDecimals,
    plainNumbers: scan.plainNumbers,
    keysDistinct: allDistinct(scan.keyHashes),
    trimColumns,
  };
}
