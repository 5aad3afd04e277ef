import type { LineageLink } from '@/domain/lineage';
import { readSmallCsv } from '@/domain/small-csv';

export const LINEAGE_HEADER = ['old_unit_code', 'new_unit_code', 'effective_year'] as const;

/** One reason to refuse the file; `line` is the 1-based line of the file (the header is line 1). */
export interface LineageProblem {
  readonly code:
    | 'empty'
    | 'header'
    | 'columns'
    | 'old_empty'
    | 'new_empty'
    | 'year'
    | 'duplicate'
    | 'split'
    | 'cycle';
  readonly line: number | null;
  readonly values?: Readonly<Record<string, string | number>>;
}

export interface ParsedLineage {
  readonly links: readonly LineageLink[];
  readonly problems: readonly LineageProblem[];
}

/** Codes are compared as typed by a person: surrounding spaces dropped, Unicode NFC. */
function cell(raw: string | undefined): string {
  return (raw ?? '').trim().normalize('NFC');
}

interface Numbered {
  readonly link: LineageLink;
  readonly line: number;
}

/**
 * Parses `old_unit_code,new_unit_code,effective_year`, the line of a problem being its spreadsheet row. Every
 * problem is reported with its line, and any problem refuses the whole file: half a lineage would
 * make ranks and deltas wrong without saying so.
 */
export function parseLineageCsv(text: string): ParsedLineage {
  const { header, records } = readSmallCsv(text);
  if (header.map((name) => cell(name).toLowerCase()).join(',') !== LINEAGE_HEADER.join(','))
    return {
      links: [],
      problems: [{ code: 'header', line: 1, values: { expected: LINEAGE_HEADER.join(',') } }],
    };
  const problems: LineageProblem[] = [];
  const rows: Numbered[] = [];
  for (const { cells, row: line } of records) {
    if (cells.length !== 3) {
      problems.push({ code: 'columns', line, values: { count: cells.length } });
      continue;
    }
    const [oldCode, newCode, year] = cells.map(cell);
    if (!oldCode) problems.push({ code: 'old_empty', line });
    if (!newCode) problems.push({ code: 'new_empty', line });
    if (!year || !/^\d{4}$/.test(year)) problems.push({ code: 'year', line, values: { value: year ?? '' } });
    if (oldCode && newCode && year && /^\d{4}$/.test(year))
      rows.push({
        line,
        link: { oldCode, newCode, effectiveYear: Number(year), oldName: null, newName: null },
      });
  }
  if (rows.length === 0 && problems.length === 0) problems.push({ code: 'empty', line: null });
  problems.push(...consistencyProblems(rows));
  return { links: problems.length === 0 ? rows.map((row) => row.link) : [], problems };
}

/** Duplicates, a unit sent to two successors in one year, and cycles (A → B → … → A). */
function consistencyProblems(rows: readonly Numbered[]): LineageProblem[] {
  const problems: LineageProblem[] = [];
  const firstLine = new Map<string, Numbered>();
  for (const row of rows) {
    const { oldCode, newCode, effectiveYear } = row.link;
    const key = `${oldCode}@${effectiveYear}`;
    const earlier = firstLine.get(key);
    if (!earlier) firstLine.set(key, row);
    else if (earlier.link.newCode === newCode)
      problems.push({ code: 'duplicate', line: row.line, values: { first: earlier.line } });
    else
      problems.push({
        code: 'split',
        line: row.line,
        values: {
          old: oldCode,
          first: earlier.line,
          a: earlier.link.newCode,
          b: newCode,
          year: effectiveYear,
        },
      });
  }
  for (const cycle of findCycles(rows))
    problems.push({
      code: 'cycle',
      line: cycle.lines[0] ?? null,
      values: { path: cycle.path, lines: cycle.lines.join(', ') },
    });
  return problems;
}

/**
 * A unit cannot be its own predecessor through other units: following old → new links (a unit that
 * continues under its own code is not a step) must never come back to the start.
 */
export function findCycles(rows: readonly Numbered[]): { path: string; lines: number[] }[] {
  const next = new Map<string, Numbered[]>();
  for (const row of rows)
    if (row.link.oldCode !== row.link.newCode)
      next.set(row.link.oldCode, [...(next.get(row.link.oldCode) ?? []), row]);
  const cycles: { path: string; lines: number[] }[] = [];
  const reported = new Set<string>();
  const walk = (start: string, code: string, trail: readonly Numbered[]) => {
    for (const row of next.get(code) ?? []) {
      if (trail.includes(row)) continue;
      const path = [...trail, row];
      if (row.link.newCode === start) {
        const key = [...new Set(path.map((step) => step.link.oldCode))].sort().join('>');
        if (!reported.has(key)) {
          reported.add(key);
          cycles.push({
            path: [start, ...path.map((step) => step.link.newCode)].join(' → '),
            lines: path.map((step) => step.line).sort((a, b) => a - b),
          });
        }
      } else if (!path.slice(0, -1).some((step) => step.link.oldCode === row.link.newCode)) {
        walk(start, row.link.newCode, path);
      }
    }
  };
  for (const start of next.keys()) walk(start, start, []);
  return cycles;
}
