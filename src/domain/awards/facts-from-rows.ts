import { type IndexCode, isIndexCode } from '@/domain/catalogue';
import type { PeriodFact, ScoreFact } from './fact-types';

/** A plain result row as src/db returns it (structurally the same as its `Row`). */
export type FactRow = Readonly<Record<string, string | number | boolean | null>>;

const num = (row: FactRow, column: string): number | null => {
  const value = row[column];
  return typeof value === 'number' ? value : null;
};
const text = (row: FactRow, column: string): string => {
  const value = row[column];
  return value === null || value === undefined ? '' : String(value);
};
const nullableText = (row: FactRow, column: string): string | null =>
  row[column] == null ? null : text(row, column);

function indexOf(row: FactRow): IndexCode {
  const code = text(row, 'index_code');
  if (!isIndexCode(code)) throw new Error(`Unknown index code in award facts: ${code}`);
  return code;
}

/** Rows of buildAwardScoreFacts → typed facts; comparability is the SQL's (src/sql/comparability.ts). */
export function toScoreFacts(rows: readonly FactRow[]): ScoreFact[] {
  return rows.map((row) => {
    const reason = row.not_comparable_reason;
    return {
      index: indexOf(row),
      unitCode: text(row, 'unit_code'),
      unitName: text(row, 'unit_name'),
      level: text(row, 'unit_level'),
      block: text(row, 'block'),
      component: text(row, 'component_code'),
      year: num(row, 'year') ?? 0,
      score: num(row, 'score'),
      maxScore: num(row, 'max_score'),
      pct: num(row, 'pct'),
      publishedRank: num(row, 'published_rank'),
      prevYear: num(row, 'prev_year'),
      prevScore: num(row, 'prev_score'),
      prevPct: num(row, 'prev_pct'),
      prevMaxScore: num(row, 'prev_max_score'),
      comparable: row.comparable === true,
      notComparableReason: reason === 'method' || reason === 'merger' ? reason : null,
      rankInBlock: num(row, 'rank_in_block'),
      blockSize: num(row, 'block_size'),
      bandId: nullableText(row, 'band_id'),
      bandOrder: num(row, 'band_order'),
    };
  });
}

/** Rows of buildAwardPeriodFacts → typed facts for the window they were computed over. */
export function toPeriodFacts(rows: readonly FactRow[], window: { from: number; to: number }): PeriodFact[] {
  return rows.map((row) => ({
    index: indexOf(row),
    unitCode: text(row, 'unit_code'),
    component: text(row, 'component_code'),
    fromYear: window.from,
    toYear: window.to,
    years: text(row, 'years')
      .split(',')
      .filter((year) => year !== '')
      .map(Number),
    avgScore: num(row, 'avg_score'),
    avgPct: num(row, 'avg_pct'),
    bandId: nullableText(row, 'band_id'),
    bandOrder: num(row, 'band_order'),
    worstBandOrder: num(row, 'worst_band_order'),
    lastBlock: text(row, 'last_block'),
    rankInBlock: num(row, 'rank_in_block'),
  }));
}
