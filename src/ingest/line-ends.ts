import { CR, LF, QUOTE } from './byte-checks';

/** True when more than one kind of line end (LF, CRLF, CR) ends records: DuckDB's reader wants one. */
export function mixedLineEnds(lineEnds: number): boolean {
  return (lineEnds & (lineEnds - 1)) !== 0;
}

/**
 * The CSV with every record's line end written as LF; quoted values keep theirs. A quote opens a value
 * only at its start, as the scanner reads it, so a stray quote inside a value changes nothing. Physical
 * lines stay the same (CR, LF and CRLF each end one), so recorded line numbers still hold.
 */
export function withLfLineEnds(bytes: Uint8Array, delimiter: number): Uint8Array {
  const out = new Uint8Array(bytes.length);
  let length = 0;
  let inQuotes = false;
  let fieldStart = true;
  for (let i = 0; i < bytes.length; i += 1) {
    const b = bytes[i] as number;
    if (inQuotes) {
      if (b === QUOTE) {
        if (bytes[i + 1] === QUOTE) {
          out[length++] = b;
          i += 1;
        } else inQuotes = false;
      }
      out[length++] = b;
      continue;
    }
    if (b === CR) {
      if (bytes[i + 1] === LF) i += 1;
      out[length++] = LF;
      fieldStart = true;
      continue;
    }
    if (b === QUOTE && fieldStart) inQuotes = true;
    fieldStart = b === delimiter || b === LF;
    out[length++] = b;
  }
  return out.subarray(0, length);
}
