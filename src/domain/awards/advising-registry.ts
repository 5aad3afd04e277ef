import type { AdvisingEntry } from './fact-types';

export interface AdvisingParseResult {
  readonly entries: AdvisingEntry[];
  /** 1-based line numbers of rows that were not `year,component_code,unit_code`. */
  readonly badLines: number[];
}

/**
 * Reads data/registry/*-advising.csv (`year,component_code,unit_code`). The registry holds codes
 * only, never quoted text, so a split on commas is enough; anything else is reported, not guessed.
 */
export function parseAdvisingCsv(csv: string): AdvisingParseResult {
  const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
  const entries: AdvisingEntry[] = [];
  const badLines: number[] = [];
  lines.forEach((line, i) => {
    if (i === 0 || line.trim() === '') return;
    const [year, component, unitCode, ...rest] = line.split(',').map((cell) => cell.trim());
    if (!year || !/^\d{4}$/.test(year) || !component || !unitCode || rest.length > 0) badLines.push(i + 1);
    else entries.push({ year: Number(year), component, unitCode });
  });
  return { entries, badLines };
}
