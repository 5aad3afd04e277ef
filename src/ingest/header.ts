import { LONG_COLUMNS, type LongColumn } from '@/sql/schema';
import type { Delimiter, StagedColumn } from '@/sql/staged-file';
import { isBlankRecord, splitTextRecords, type TextRecord } from './text-records';
import type { ImportIssue } from './types';

export const EXPECTED_HEADER = LONG_COLUMNS.join(',');
/** Columns of the long layout a file may leave out: they default to NULL (and `block` to the unit level). */
const DEFAULTED_COLUMNS: ReadonlySet<LongColumn> = new Set(['component_name', 'max_score', 'rank']);
/** Columns a long file cannot do without, in the layout's order. */
export const REQUIRED_COLUMNS = LONG_COLUMNS.filter((column) => !DEFAULTED_COLUMNS.has(column));

const EDGE_SPACE = /^[\s\u00a0\u200b\ufeff]+|[\s\u00a0\u200b\ufeff]+$/g;

/** Header matching is by trimmed, NFC, lower-case name. */
export function normaliseHeaderName(raw: string): string {
  return raw.replace(EDGE_SPACE, '').normalize('NFC').toLowerCase();
}

// A Map, not an object: header text such as `__proto__` or `constructor` must be a plain miss.
const LONG_NAMES: ReadonlyMap<string, StagedColumn> = new Map<string, StagedColumn>([
  ...LONG_COLUMNS.map((column) => [column, column] as const),
  ['block', 'block'],
  ['index_code', 'index'],
]);

export const WIDE_ROLES: ReadonlyMap<string, 'code' | 'name' | 'rank' | 'ignore' | 'block'> = new Map([
  ['mã tỉnh', 'code'],
  ['mã đơn vị', 'code'],
  ['mã', 'code'],
  ['mã địa phương', 'code'],
  ['unit_code', 'code'],
  ['tỉnh/thành phố', 'name'],
  ['tỉnh, thành phố', 'name'],
  ['tỉnh/thành', 'name'],
  ['tỉnh', 'name'],
  ['tên tỉnh', 'name'],
  ['đơn vị', 'name'],
  ['tên đơn vị', 'name'],
  ['địa phương', 'name'],
  ['unit_name', 'name'],
  ['xếp hạng', 'rank'],
  ['thứ hạng', 'rank'],
  ['hạng', 'rank'],
  ['rank', 'rank'],
  ['stt', 'ignore'],
  ['tt', 'ignore'],
  ['số thứ tự', 'ignore'],
  ['khối', 'block'],
] as const);

export interface HeaderFound {
  delimiter: Delimiter;
  layout: 'long' | 'wide';
  header: TextRecord;
  /** Non-blank records above the header (report titles). */
  titleRows: number;
}

const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];
const SEARCH_RECORDS = 30;

function longScore(fields: readonly string[]): number {
  return fields.filter((field) => LONG_NAMES.has(normaliseHeaderName(field))).length;
}

function isWideHeader(fields: readonly string[]): boolean {
  const roles = fields.map((field) => WIDE_ROLES.get(normaliseHeaderName(field)));
  const hasUnit = roles.includes('code') || roles.includes('name');
  const components = roles.filter((role) => role === undefined).length;
  return hasUnit && components >= 1 && longScore(fields) < 3;
}

/** Finds the delimiter and the header record among the first records of `text`. */
export function findHeader(text: string, forced: Delimiter | null): HeaderFound {
  let best: { found: HeaderFound; score: number } | null = null;
  for (const delimiter of forced ? [forced] : DELIMITERS) {
    const records = splitTextRecords(text, delimiter, SEARCH_RECORDS).filter(
      (record) => !isBlankRecord(record),
    );
    for (const [titleRows, record] of records.entries()) {
      const long = longScore(record.fields);
      const score = long >= 3 ? 100 + long : isWideHeader(record.fields) ? 50 + record.fields.length : 0;
      if (score > 0 && (!best || score > best.score)) {
        best = {
          score,
          found: { delimiter, layout: long >= 3 ? 'long' : 'wide', header: record, titleRows },
        };
      }
    }
  }
  if (best) return best.found;
  // No recognisable header: take the first record with the delimiter that splits it most; mapping reports what is missing.
  const fallback = (forced ? [forced] : DELIMITERS)
    .map((delimiter) => {
      const first = splitTextRecords(text, delimiter, SEARCH_RECORDS).find(
        (record) => !isBlankRecord(record),
      );
      return { delimiter, first };
    })
    .filter(
      (candidate): candidate is { delimiter: Delimiter; first: TextRecord } => candidate.first !== undefined,
    )
    .sort((a, b) => b.first.fields.length - a.first.fields.length)[0];
  const header = fallback?.first ?? { fields: [''], line: 1, start: 0, end: text.length };
  return { delimiter: fallback?.delimiter ?? ',', layout: 'long', header, titleRows: 0 };
}

export interface HeaderMapping {
  columns: StagedColumn[];
  names: string[];
  errors: ImportIssue[];
  warnings: ImportIssue[];
  /** 0-based positions of blank header cells, to be checked against the data. */
  blank: number[];
}

/** Maps each header cell to a long-layout column; unknown cells are kept as ignored columns. */
export function mapLongHeader(header: TextRecord): HeaderMapping {
  const columns: StagedColumn[] = [];
  const names: string[] = [];
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const blank: number[] = [];
  const seen = new Set<StagedColumn>();
  const renamed: string[] = [];
  header.fields.forEach((raw, position) => {
    const name = normaliseHeaderName(raw);
    const column = LONG_NAMES.get(name) ?? null;
    names.push(column ?? (name === '' ? String(position + 1) : raw.trim()));
    columns.push(column && !seen.has(column) ? column : null);
    if (name === '') blank.push(position);
    else if (!column) warnings.push({ code: 'extra-header', line: header.line, column: raw.trim() });
    else if (seen.has(column)) errors.push({ code: 'duplicate-header', line: header.line, column });
    else if (raw !== column) renamed.push(column);
    if (column) seen.add(column);
  });
  if (renamed.length > 0) {
    warnings.unshift({
      code: 'header-normalised',
      line: header.line,
      column: renamed,
      count: renamed.length,
    });
  }
  for (const required of REQUIRED_COLUMNS) {
    if (!seen.has(required as StagedColumn)) {
      errors.push({
        code: 'missing-header',
        line: header.line,
        column: required,
        hint: `expected header: ${EXPECTED_HEADER}`,
      });
    }
  }
  return { columns, names, errors, warnings, blank };
}
