import {
  type AdvisingRow,
  BLOCK_TARGETS,
  type BlockRow,
  type BlockTarget,
  REGISTRY_COLUMNS,
  type RegistryKind,
  type RegistryRows,
} from './registry-types';

export type RegistryProblemCode =
  | 'missing-column'
  | 'empty'
  | 'bad-year'
  | 'unknown-component'
  | 'unknown-unit'
  | 'unknown-level'
  | 'bad-target'
  | 'bad-code'
  | 'duplicate';

/** One problem, at a 1-based row (of the file, header = 1; or of the table) and a column name. */
export interface RegistryProblem {
  readonly row: number;
  readonly column: string;
  readonly code: RegistryProblemCode;
  readonly value: string;
}

/** What a registry row may name: the loaded units, the known PAR components, the catalogue's levels. */
export interface RegistryKnown {
  readonly units: ReadonlySet<string>;
  readonly components: ReadonlySet<string>;
  readonly levels: ReadonlySet<string>;
}

export type RegistryResult<K extends RegistryKind> =
  | { readonly ok: true; readonly rows: RegistryRows[K] }
  | { readonly ok: false; readonly problems: readonly RegistryProblem[] };

const YEARS = { min: 1990, max: 2100 } as const;
// Codes as the import and the URL gate accept them: letters, digits, `.`, `_`, `-`.
const CODE = /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,63}$/u;

interface Cells {
  readonly cells: readonly string[];
  readonly row: number;
}

function checkCode(
  value: string,
  column: string,
  row: number,
  known: ReadonlySet<string> | null,
  unknown: RegistryProblemCode,
): RegistryProblem | null {
  if (value === '') return { row, column, code: 'empty', value };
  if (!CODE.test(value)) return { row, column, code: 'bad-code', value };
  return known && !known.has(value) ? { row, column, code: unknown, value } : null;
}

function advisingRow({ cells, row }: Cells, known: RegistryKnown, problems: RegistryProblem[]) {
  const [year = '', component = '', unitCode = ''] = cells.map((cell) => cell.trim());
  const [yearCol = '', componentCol = '', unitCol = ''] = REGISTRY_COLUMNS.advising;
  const number = /^\d{4}$/.test(year) ? Number(year) : Number.NaN;
  const found = [
    year === ''
      ? { row, column: yearCol, code: 'empty' as const, value: year }
      : number >= YEARS.min && number <= YEARS.max
        ? null
        : { row, column: yearCol, code: 'bad-year' as const, value: year },
    checkCode(component.toUpperCase(), componentCol, row, known.components, 'unknown-component'),
    checkCode(unitCode, unitCol, row, known.units, 'unknown-unit'),
  ].filter((problem): problem is RegistryProblem => problem !== null);
  problems.push(...found);
  return found.length === 0 ? { year: number, component: component.toUpperCase(), unitCode } : null;
}

function blockRow({ cells, row }: Cells, known: RegistryKnown, problems: RegistryProblem[]) {
  const [target = '', code = '', block = ''] = cells.map((cell) => cell.trim());
  const [targetCol = '', codeCol = '', blockCol = ''] = REGISTRY_COLUMNS.blocks;
  const kind = BLOCK_TARGETS.find((candidate) => candidate === target);
  const found = [
    kind ? null : { row, column: targetCol, code: target === '' ? 'empty' : 'bad-target', value: target },
    kind === 'level'
      ? checkCode(code, codeCol, row, known.levels, 'unknown-level')
      : checkCode(code, codeCol, row, kind ? known.units : null, 'unknown-unit'),
    checkCode(block, blockCol, row, null, 'bad-code'),
  ].filter((problem): problem is RegistryProblem => problem !== null);
  problems.push(...found);
  return found.length === 0 && kind ? { target: kind as BlockTarget, code, block } : null;
}

/** Keys that may occur once: an agency per component and year, a block per unit or level. */
const keyOf = {
  advising: (row: AdvisingRow) => `${row.year}\u0000${row.component}\u0000${row.unitCode}`,
  blocks: (row: BlockRow) => `${row.target}\u0000${row.code}`,
};

/**
 * Every row checked, every problem reported (row and column named), nothing kept unless all pass: a
 * registry is used whole or not at all, like an imported file.
 */
export function validateRegistry<K extends RegistryKind>(
  kind: K,
  rows: readonly Cells[],
  known: RegistryKnown,
): RegistryResult<K> {
  const problems: RegistryProblem[] = [];
  const seen = new Set<string>();
  const out: (AdvisingRow | BlockRow)[] = [];
  for (const line of rows) {
    const parsed = kind === 'advising' ? advisingRow(line, known, problems) : blockRow(line, known, problems);
    if (!parsed) continue;
    const key = 'year' in parsed ? keyOf.advising(parsed) : keyOf.blocks(parsed);
    const column = REGISTRY_COLUMNS[kind][kind === 'advising' ? 2 : 1] ?? '';
    if (seen.has(key))
      problems.push({ row: line.row, column, code: 'duplicate', value: line.cells.join(',') });
    seen.add(key);
    out.push(parsed);
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, rows: out as unknown as RegistryRows[K] };
}

/** Table rows numbered from 1 as the screen shows them. */
export function numberedRows(cells: readonly (readonly string[])[], first = 1): Cells[] {
  return cells.map((row, i) => ({ cells: row, row: first + i }));
}
