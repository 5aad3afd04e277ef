/**
 * SQL fragments shared by the import queries. Identifiers come only from the closed set below; file
 * values never enter the text (they are read by `read_csv` from a registered buffer or bound as `?`).
 */
import type { StagedColumn } from './staged-file';

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,40}$/;

/** Quotes a staged column name; a name outside the closed set is a programming error. */
export function ident(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`Unsafe identifier: ${name}`);
  return `"${name}"`;
}

/** Name of the staged column at `position`: the long-layout name, or a made-up name for an ignored column. */
export function stagedName(column: StagedColumn, position: number): string {
  return column ?? `extra_${position + 1}`;
}

/** Types of the numeric columns, for a file whose scan found them all bare digits (`plainNumbers`). */
const TYPED: Partial<Record<NonNullable<StagedColumn>, string>> = {
  year: 'INTEGER',
  score: 'DOUBLE',
  max_score: 'DOUBLE',
  rank: 'INTEGER',
};

/**
 * Every file column read as text, casting being the validation's job; or, with `typed`, the numeric
 * columns read as numbers by DuckDB's reader (only for files whose scan proved them bare digits).
 */
export function columnsStruct(columns: readonly StagedColumn[], typed = false): string {
  const type = (column: StagedColumn) => (typed && column ? (TYPED[column] ?? 'VARCHAR') : 'VARCHAR');
  return `{${columns.map((column, position) => `'${stagedName(column, position).replace(/'/g, '')}': '${type(column)}'`).join(', ')}}`;
}

/** read_csv options for prepared bytes; `delim` is bound, the rest is fixed text. */
export function readCsvCall(columns: readonly StagedColumn[], typed = false): string {
  const struct = columnsStruct(columns, typed);
  for (const [position, column] of columns.entries()) ident(stagedName(column, position));
  return `read_csv(?, header = true, auto_detect = false, delim = ?, quote = '"', escape = '"', columns = ${struct})`;
}

// Spaces, tab, NO-BREAK SPACE, ZERO WIDTH SPACE, BOM: what Excel and web copies leave around values.
const EDGE_CHARACTERS = `' ' || chr(9) || chr(160) || chr(8203) || chr(65279)`;

/** A text cell: trimmed only where the scan saw edge whitespace (trimming costs time on 1M rows); '' → NULL. */
export function textValue(column: string, trim: boolean): string {
  const raw = `r.${ident(column)}`;
  return trim ? `NULLIF(trim(${raw}, ${EDGE_CHARACTERS}), '')` : `NULLIF(${raw}, '')`;
}

/** Cells that mean "not published": never 0. */
export const MISSING_MARKERS = `('-', '–', '—', 'N/A', 'NA', 'n/a', 'na', 'N/a')`;

/**
 * What the scan saw of a file's numbers: a comma in some number cell (`decimalComma`), a cell that can
 * only be a decimal point (`dotDecimals`: `11.35`, `.5`, `1234.567`, not `10.000`).
 */
export interface NumberLocale {
  decimalComma: boolean;
  dotDecimals: boolean;
}

// `{0,1}` instead of `?`: `query()` counts every `?` in the text as a placeholder.
const SUFFIX = ` {0,1}%{0,1}'`;
const DOT_NUMBER = `'[+-]{0,1}([0-9]+(\\.[0-9]*){0,1}|\\.[0-9]+)${SUFFIX}`;
/** Dots grouping thousands, an optional decimal comma: `8.650,5`, `10.000`. */
const GROUPED = `'[+-]{0,1}[0-9]{1,3}(\\.[0-9]{3})+(,[0-9]+){0,1}${SUFFIX}`;
const COMMA_DECIMAL = `'[+-]{0,1}[0-9]*,[0-9]+${SUFFIX}`;
/** One separator before exactly three digits: a decimal mark or thousands, the file must say which. */
const COMMA_OR_THOUSANDS = `'[+-]{0,1}[0-9]{1,3},[0-9]{3}${SUFFIX}`;
const DOTS_OR_THOUSANDS = `'[+-]{0,1}[0-9]{1,3}(\\.[0-9]{3})+${SUFFIX}`;

/**
 * A cell whose separator the file leaves open (README, "ambiguous numbers"): the file writes decimals
 * both with a dot and with a comma, and the cell has one kind of separator before groups of three
 * digits (`11,050`, `10.000`). Refused, never guessed.
 */
export function isAmbiguousNumber(value: string, locale: NumberLocale): string {
  if (!locale.decimalComma || !locale.dotDecimals) return 'false';
  return `(regexp_full_match(${value}, ${COMMA_OR_THOUSANDS}) OR regexp_full_match(${value}, ${DOTS_OR_THOUSANDS}))`;
}

/**
 * True when `value` (SQL text) is a number, per cell: a decimal point, a decimal comma, or (in a file
 * with decimal commas) dots grouping thousands; a trailing `%` either way. Ambiguous cells are not.
 */
export function isNumber(value: string, locale: NumberLocale): string {
  if (!locale.decimalComma) return `regexp_full_match(${value}, ${DOT_NUMBER})`;
  const readable = `(regexp_full_match(${value}, ${GROUPED}) OR regexp_full_match(${value}, ${DOT_NUMBER})
    OR regexp_full_match(${value}, ${COMMA_DECIMAL}))`;
  return locale.dotDecimals ? `(${readable} AND NOT ${isAmbiguousNumber(value, locale)})` : readable;
}

/** The number in `value`, assuming `isNumber` holds: '8.650,5' → 8650.5; '86,32%' → 86.32; '11.35%' → 11.35. */
export function castNumber(value: string, locale: NumberLocale): string {
  const bare = `rtrim(${value}, '% ')`;
  if (!locale.decimalComma) return `CAST(${bare} AS DOUBLE)`;
  return `CASE WHEN regexp_full_match(${value}, ${GROUPED})
      THEN CAST(replace(replace(${bare}, '.', ''), ',', '.') AS DOUBLE)
    ELSE CAST(replace(${bare}, ',', '.') AS DOUBLE) END`;
}

/**
 * The common case without a regex (GLOB costs a fraction of `regexp_full_match` on 1M rows): only
 * digits (and, with a decimal point, dots) and a cast that succeeds. Every such text also matches
 * `isNumber` and casts to the same value, so this only skips work, never admits more.
 */
export function isPlainNumber(value: string, decimalComma: boolean): string {
  return `NOT (${value} GLOB ${decimalComma ? `'*[!0-9]*'` : `'*[!0-9.]*'`}) AND TRY_CAST(${value} AS DOUBLE) IS NOT NULL`;
}

/** Non-empty text of ASCII digits only, as RANK_PATTERN, without a regex. */
export function isDigits(value: string): string {
  return `NOT (${value} GLOB '*[!0-9]*')`;
}

export const YEAR_PATTERN = `'[0-9]{4}'`;
/** The same set as YEAR_PATTERN, as a GLOB (cheaper on every row of the insert). */
export const YEAR_GLOB = `'[0-9][0-9][0-9][0-9]'`;
export const RANK_PATTERN = `'[0-9]+'`;

/** Lowest and highest plausible years; outside is a typo such as 2202. */
export const YEAR_RANGE = { min: 1990, max: 2100 } as const;
