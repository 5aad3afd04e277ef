import { withContentHash } from './content-hash';
import { prepareForImport } from './prepare';
import { readBlob } from './read-blob';
import type { EarlyHead, ImportSource, Prepared, PrepareOptions } from './types';

/*
 * The early insert: when the first 64 KiB show a canonical file, DuckDB starts inserting it straight
 * from the file while the worker still scans the whole file; the insert is kept only if the scan
 * confirms every assumption it was made with.
 */

/** In-process prepare (Node, tests): a Blob is read here. */
export async function prepareHere(
  source: ImportSource,
  options: PrepareOptions,
  _signal?: AbortSignal,
  onRead: (fraction: number) => void = () => undefined,
): Promise<Prepared> {
  const bytes = source instanceof Uint8Array ? source : await readBlob(source, onRead);
  return withContentHash(bytes, () => prepareForImport(bytes, options));
}

/** What the early insert assumes of a canonical file: the common case, checked against the scan after. */
export function assumedFor(
  head: EarlyHead,
): Pick<Prepared, 'columns' | 'delimiter' | 'lineBreakpoints' | 'trimColumns' | 'decimalComma'> {
  // Header on line 1, one line per record: record i (0-based) starts on line i + 2.
  return {
    columns: head.columns,
    delimiter: head.delimiter,
    lineBreakpoints: Int32Array.of(0, 2),
    trimColumns: [],
    decimalComma: false,
  };
}

/** True when the scan confirms every assumption the early insert was made with. */
export function confirms(prepared: Prepared, head: EarlyHead): boolean {
  const assumed = assumedFor(head);
  return (
    prepared.ok &&
    prepared.reusesEarly === true &&
    prepared.plainNumbers &&
    !prepared.decimalComma &&
    prepared.trimColumns.length === 0 &&
    prepared.delimiter === assumed.delimiter &&
    prepared.columns.length === assumed.columns.length &&
    prepared.columns.every((column, i) => column === assumed.columns[i]) &&
    prepared.lineBreakpoints.length === 2 &&
    prepared.lineBreakpoints[0] === 0 &&
    prepared.lineBreakpoints[1] === 2
  );
}
