import type { IndexCode } from '@/domain/catalogue';
import type { Delimiter, StagedColumn, StagedFile } from '@/sql/staged-file';

/** One finding about a file. `line` is the 1-based physical line where the record starts (header = 1). */
export interface ImportIssue {
  code: string;
  line?: number;
  /** Header name; a 1-based position when the header cell is blank; a list for multi-column keys. */
  column?: string | number | string[];
  /** The offending value, already shortened for display (never a 1 MiB string). */
  value?: string;
  hint?: string;
  /** For `duplicate-key`: where the key was first seen. */
  firstLine?: number;
  count?: number;
  /**
   * Raw technical text (an engine or browser error), never part of the worded message: the UI shows it
   * only in a collapsed technical-details line.
   */
  detail?: string;
}

/** What the wide (published) layout looks like, so the UI can ask "which index and year?". */
export interface WideLayoutInfo {
  headerLine: number;
  unitCodeColumn: string | null;
  unitNameColumn: string | null;
  rankColumn: string | null;
  components: { header: string; code: string; known: boolean }[];
}

export type ImportResult =
  | {
      ok: true;
      datasetId: string;
      rowCount: number;
      skippedDuplicateRows: number;
      warnings: ImportIssue[];
      indices: string[];
      years: number[];
    }
  | {
      ok: false;
      errors: ImportIssue[];
      errorCount: number;
      warnings: ImportIssue[];
      needsWideMapping?: WideLayoutInfo;
      /** Refused inside a caller's transaction before its errors were named (see ImportOptions). */
      needsDiagnosis?: boolean;
    };

export interface WideAnswer {
  index: IndexCode;
  year: number;
  unitLevel: string;
}

/**
 * The output of `prepare`: plain data, structured-cloneable, so it can cross a worker boundary.
 * On success `csv` is UTF-8 with the header record first and only data records after it.
 */
export interface Prepared extends StagedFile {
  ok: boolean;
  errors: ImportIssue[];
  errorCount: number;
  warnings: ImportIssue[];
  needsWideMapping?: WideLayoutInfo;
  csv: Uint8Array;
  recordCount: number;
  /** Physical start line of each data record. */
  recordLines: Int32Array;
  /** Some score or maximum can only be a decimal point (`11.35`): see NumberLocale in sql/import-expressions. */
  dotDecimals: boolean;
  /** Every score, rank and year is bare digits: the typed read of a canonical file reads it exactly. */
  plainNumbers: boolean;
  /**
   * No two records have the same key bytes (index, year, unit, component; no key cell quoted). Where the
   * bytes are the values (a confirmed early insert) this proves every key distinct without DuckDB.
   */
  keysDistinct: boolean;
  /** SHA-256 (hex) of the file's bytes as given, to refuse a second import of the same content. */
  contentHash?: string;
  /** True when the CSV is the file byte for byte, which the early insert already reads (`csv` is then empty). */
  reusesEarly?: boolean;
}

/**
 * A file whose first bytes already look canonical (UTF-8 without BOM, long header on line 1): DuckDB
 * reads it straight from the file while the full scan still runs, so the insert and the scan overlap.
 * The insert assumes what most files are (bare numbers, no decimal comma, no trimming, one line per
 * record); the scan's verdict decides whether it is committed or rolled back.
 */
export interface EarlyHead {
  delimiter: Delimiter;
  columns: StagedColumn[];
}

export interface PrepareOptions {
  wide?: WideAnswer;
  /** An early insert reads the same file: when the prepared CSV is the file unchanged, send none back. */
  early?: boolean;
}

/** The bytes of a file, or the file itself (a Blob is read where it is prepared, off the page). */
export type ImportSource = Uint8Array | Blob;
