import Papa from 'papaparse';

/** One cell of an export: text is guarded against formulas, numbers are written as they are. */
export type CsvCell = string | number | null;

/**
 * Spreadsheet formula injection (OWASP "CSV injection"): a text cell that starts with = + - @, tab or
 * CR is run as a formula, so it gets a leading apostrophe. Papa's own `escapeFormulae: true` pattern
 * ends in `.*$`, which misses a cell holding a line break; this one looks at the first character only.
 * Numbers are never touched: -0.31 is a number, not a formula.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export interface CsvOptions {
  /**
   * false only for files the importer reads back (the workspace's long CSVs): values stay as stored
   * (no formula guard), and no BOM and LF line ends keep the file on the importer's fast path for
   * canonical UTF-8. Every file meant for a person's spreadsheet keeps the default.
   */
  readonly forSpreadsheet?: boolean;
}

/**
 * The one CSV writer. For a spreadsheet: UTF-8 with BOM so Excel shows Vietnamese correctly, CRLF line
 * ends as RFC 4180 says, formulas neutralised. Always a final line end, quotes where a cell needs them.
 */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  { forSpreadsheet = true }: CsvOptions = {},
): string {
  const newline = forSpreadsheet ? '\r\n' : '\n';
  const text = Papa.unparse(
    [header, ...rows].map((row) => [...row]),
    { newline, escapeFormulae: forSpreadsheet ? FORMULA_START : false },
  );
  return `${forSpreadsheet ? '\uFEFF' : ''}${text}${newline}`;
}
