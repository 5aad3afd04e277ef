import Papa from 'papaparse';

/** One record of a small CSV, numbered as a spreadsheet shows it: the header is row 1. */
export interface CsvRecord {
  readonly row: number;
  readonly cells: readonly string[];
}

export interface SmallCsv {
  readonly header: readonly string[];
  /** Blank lines are skipped, not rows, but keep the numbering of the rows after them. */
  readonly records: readonly CsvRecord[];
}

/**
 * A spreadsheet set to a `;` list separator saves `;` files. Told from the header, whose names hold
 * neither: Papa's own guess is thrown off by the blank lines these files may end with.
 */
function delimiterOf(text: string): ',' | ';' {
  const header = text.slice(0, text.search(/\r?\n|$/));
  return header.includes(';') && !header.includes(',') ? ';' : ',';
}

/**
 * The one reader of the small hand-kept files (lineage, crosswalk, advising map, registries): BOM
 * dropped, CRLF or LF, quotes as RFC 4180 has them, `,` or `;`. Cells are returned as written; each
 * caller trims and checks them, so its messages can name the row and column.
 */
export function readSmallCsv(text: string): SmallCsv {
  const content = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(content, { delimiter: delimiterOf(content), skipEmptyLines: false });
  const [header = [], ...body] = parsed.data;
  const records = body
    .map((cells, i) => ({ cells, row: i + 2 }))
    .filter((record) => record.cells.some((cell) => cell.trim() !== ''));
  return { header, records };
}
