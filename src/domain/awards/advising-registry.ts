import { readSmallCsv } from '@/domain/small-csv';
import type { AdvisingEntry } from './fact-types';

export interface AdvisingParseResult {
  readonly entries: AdvisingEntry[];
  /** 1-based line numbers of rows that were not `year,component_code,unit_code`. */
  readonly badLines: number[];
}

/**
 * Reads data/registry/*-advising.csv (`year,component_code,unit_code`); a row that is not exactly
 * that is reported by its spreadsheet row, not guessed.
 */
export function parseAdvisingCsv(csv: string): AdvisingParseResult {
  const entries: AdvisingEntry[] = [];
  const badLines: number[] = [];
  for (const { cells, row } of readSmallCsv(csv).records) {
    const [year, component, unitCode, ...rest] = cells.map((cell) => cell.trim());
    if (!year || !/^\d{4}$/.test(year) || !component || !unitCode || rest.length > 0) badLines.push(row);
    else entries.push({ year: Number(year), component, unitCode });
  }
  return { entries, badLines };
}
