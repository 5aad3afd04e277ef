import type { ImportIssue } from './types';

/**
 * The most long-layout rows one browser page takes: all imported datasets together with the bundled
 * data, under DuckDB's `memory_limit` (src/db/settings.ts). Measured on the built app in headless
 * Chromium (2 cores, 24 GiB): a generated file (scripts/gen-long-csv.mjs) imported through the UI,
 * then the derived facts built and the overview, trends, weak points and awards screens opened; the
 * largest size at which every screen still drew. Measured 3 Dec 2026 (test/e2e/large-import.test.ts):
 * 2,000,000 rows imported, trends, weak points and awards drawn, restored on reload. It was 1,000,000
 * (2 Dec: 1,250,000 rows ran the awards out of memory, 1,500,000 trends and weak points) until the awards
 * read only their clauses' components and one-block pairs stored their facts once. Raise it only with a
 * new measurement (README, vi and en, gives the figures).
 */
export const MAX_IMPORT_ROWS = 2_000_000;

/** The size-based guess may be off by this much (line lengths vary): only a clear excess is refused. */
const ESTIMATE_MARGIN = 1.15;

/** Rows a file holds, guessed from its size and the line length of its first bytes. */
export function estimateRows(fileSize: number, firstBytes: Uint8Array): number {
  // Line feeds, or carriage returns in a file of old Mac line ends (CRLF counts once).
  let feeds = 0;
  let returns = 0;
  for (const byte of firstBytes) {
    if (byte === 10) feeds += 1;
    else if (byte === 13) returns += 1;
  }
  const lines = feeds > 0 ? feeds : returns;
  if (lines < 2 || firstBytes.length === 0) return 0;
  return Math.round(fileSize / (firstBytes.length / lines));
}

/** The refusal for a file of `rows` rows on top of `loaded` imported rows, or null when it fits. */
export function tooLarge(rows: number, loaded: number, estimated: boolean): ImportIssue | null {
  const room = Math.max(0, MAX_IMPORT_ROWS - loaded);
  const over = estimated ? rows > room * ESTIMATE_MARGIN : rows > room;
  return over ? { code: 'too-large', count: rows, hint: String(MAX_IMPORT_ROWS) } : null;
}
