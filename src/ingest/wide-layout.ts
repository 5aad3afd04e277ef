import { CATALOGUE, type IndexCode, indexDef } from '@/domain/catalogue';
import type { Delimiter } from '@/sql/staged-file';
import { EXPECTED_HEADER, normaliseHeaderName, WIDE_ROLES } from './header';
import { isBlankRecord, splitTextRecords, type TextRecord } from './text-records';
import type { WideAnswer, WideLayoutInfo } from './types';

interface ComponentColumn {
  position: number;
  header: string;
  code: string;
  known: boolean;
}

function simplify(text: string): string {
  return normaliseHeaderName(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Upper-case ASCII code from a Vietnamese header, for components the catalogue does not know. */
function codeFromHeader(header: string): string {
  const ascii = header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'D')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return ascii.slice(0, 40) || 'COMPONENT';
}

/** Catalogue component for a header: same name, or one name containing the other when that is unique. */
function matchComponent(header: string, index: IndexCode | null): { code: string; known: boolean } {
  const name = simplify(header);
  if (/^chỉ số\b|\btổng\b|^total$/.test(name) && !/\bthành phần\b/.test(name))
    return { code: 'TOTAL', known: true };
  const defs = index ? indexDef(index).components : CATALOGUE.indices.flatMap((def) => def.components);
  const exact = defs.find(
    (def) =>
      def.code.toLowerCase() === name || simplify(def.name.vi) === name || simplify(def.name.en) === name,
  );
  if (exact) return { code: exact.code, known: true };
  const partial = defs.filter((def) => {
    const vi = simplify(def.name.vi);
    return name.length >= 6 && (vi.includes(name) || name.includes(vi));
  });
  const only = partial.length === 1 ? partial[0] : undefined;
  if (only) return { code: only.code, known: true };
  return { code: codeFromHeader(header), known: false };
}

function describe(header: TextRecord, index: IndexCode | null) {
  const info: WideLayoutInfo = {
    headerLine: header.line,
    unitCodeColumn: null,
    unitNameColumn: null,
    rankColumn: null,
    components: [],
  };
  const positions = { code: -1, name: -1, rank: -1, block: -1 };
  const components: ComponentColumn[] = [];
  header.fields.forEach((raw, position) => {
    const role = WIDE_ROLES.get(normaliseHeaderName(raw));
    const label = raw.trim();
    if (role === 'code' && positions.code < 0) [positions.code, info.unitCodeColumn] = [position, label];
    else if (role === 'name' && positions.name < 0) [positions.name, info.unitNameColumn] = [position, label];
    else if (role === 'rank' && positions.rank < 0) [positions.rank, info.rankColumn] = [position, label];
    else if (role === 'block' && positions.block < 0) positions.block = position;
    else if (role === undefined && label !== '')
      components.push({ position, header: label, ...matchComponent(label, index) });
  });
  info.components = components.map(({ header: h, code, known }) => ({ header: h, code, known }));
  return { info, positions, components };
}

/** What the UI shows before asking "which index and which year?". */
export function describeWideLayout(header: TextRecord): WideLayoutInfo {
  return describe(header, null).info;
}

export const WIDE_LAYOUT_HINT = `expected header: ${EXPECTED_HEADER}`;

function csvField(value: string): string {
  const flat = value.replace(/\r\n|\r|\n/g, ' ');
  return /[",]/.test(flat) ? `"${flat.replaceAll('"', '""')}"` : flat;
}

/**
 * Turns the published wide table (one row per unit, one column per component) into long CSV text,
 * one line per (unit, component), with the wide row's physical line kept for every long record.
 * Wide tables are small (one row per unit), so this works on strings.
 */
export function wideToLong(text: string, delimiter: Delimiter, header: TextRecord, answer: WideAnswer) {
  const { positions, components } = describe(header, answer.index);
  const rows = splitTextRecords(text.slice(header.end), delimiter);
  // `text` starts at physical line 1: rows are numbered from the line after the header record.
  const firstRowLine = 1 + (text.slice(0, header.end).match(/\r\n|\r|\n/g)?.length ?? 0);
  const lines: number[] = [];
  const out = [`${EXPECTED_HEADER},block`];
  const maxOf = (code: string): string => {
    const def = indexDef(answer.index).components.find((candidate) => candidate.code === code);
    return def?.max === null || def?.max === undefined ? '' : String(def.max);
  };
  for (const row of rows) {
    if (isBlankRecord(row)) continue;
    const cell = (position: number): string => (position >= 0 ? (row.fields[position] ?? '') : '');
    const unitCode = cell(positions.code) || cell(positions.name);
    for (const component of components) {
      const values = [
        answer.index,
        String(answer.year),
        unitCode,
        cell(positions.name) || unitCode,
        answer.unitLevel,
      ];
      values.push(
        component.code,
        component.header,
        cell(component.position),
        maxOf(component.code),
        cell(positions.rank),
      );
      values.push(cell(positions.block));
      out.push(values.map(csvField).join(','));
      lines.push(firstRowLine + row.line - 1);
    }
  }
  return { csv: `${out.join('\n')}\n`, lines: Int32Array.from(lines) };
}
