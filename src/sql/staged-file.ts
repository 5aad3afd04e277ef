import type { LongColumn } from './schema';

/** The delimiters a CSV is read with. */
export type Delimiter = ',' | ';' | '\t';
/** A staged column: a long-layout column, `block`, or an ignored extra column. */
export type StagedColumn = LongColumn | 'block' | null;

/**
 * What the import's SQL needs to know of a prepared file: how its records are laid out. The import
 * (src/ingest) prepares a file into this shape; the builders here never see the rest of it.
 */
export interface StagedFile {
  delimiter: Delimiter;
  /** One entry per field of the header record, in file order; null = ignored. */
  columns: StagedColumn[];
  /** Pairs (record index, delta): from that record on, line = record index + delta. */
  lineBreakpoints: Int32Array;
  decimalComma: boolean;
  /** Columns where some value had surrounding whitespace (incl. U+00A0, U+200B, U+FEFF). */
  trimColumns: StagedColumn[];
}
