import type { Row } from '@/db/engine';
import { isIndexCode } from '@/domain/catalogue';
import type { OverviewRow } from '@/sql/overview';
import type { OverviewContextRow, OverviewSeriesRow } from '@/sql/overview-extra';

/** Rows arrive as loose records; these readers give them their declared shapes (missing → null). */
const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);
const bool = (value: unknown): boolean | null => (typeof value === 'boolean' ? value : null);
const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | null {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

function withIndex<T>(rows: readonly Row[], read: (row: Row, index: OverviewRow['index_code']) => T): T[] {
  return rows.flatMap((row) => {
    const index = str(row.index_code);
    return index !== null && isIndexCode(index) ? [read(row, index)] : [];
  });
}

export function readOverviewRows(rows: readonly Row[]): OverviewRow[] {
  return withIndex(rows, (row, index_code) => ({
    index_code,
    latest_year: num(row.latest_year) ?? 0,
    unit_level: str(row.unit_level) ?? '',
    score: num(row.score),
    max_score: num(row.max_score),
    pct_of_max: num(row.pct_of_max),
    status: oneOf(row.status, ['scored', 'rank_only', 'not_published', 'missing'] as const) ?? 'missing',
    previous_year: num(row.previous_year),
    score_change: num(row.score_change),
    pct_change: num(row.pct_change),
    comparable: bool(row.comparable),
    not_comparable_reason: oneOf(row.not_comparable_reason, ['method', 'merger'] as const),
    rank: num(row.rank),
    rank_source: oneOf(row.rank_source, ['published', 'computed'] as const),
    previous_rank: num(row.previous_rank),
    rank_change: num(row.rank_change),
    rank_comparable: bool(row.rank_comparable),
    peer_count: num(row.peer_count) ?? 0,
    peer_quartile: num(row.peer_quartile),
  }));
}

export function readSeriesRows(rows: readonly Row[]): OverviewSeriesRow[] {
  return withIndex(rows, (row, index_code) => ({
    index_code,
    year: num(row.year) ?? 0,
    score: num(row.score),
    pct_of_max: num(row.pct_of_max),
    rank: num(row.rank),
    rank_source: oneOf(row.rank_source, ['published', 'computed'] as const),
    comparable: bool(row.comparable),
  }));
}

export function readContextRows(rows: readonly Row[]): OverviewContextRow[] {
  return withIndex(rows, (row, index_code) => ({
    index_code,
    index_latest_year: num(row.index_latest_year),
    tie_count: num(row.tie_count),
    top_only_from: num(row.top_only_from),
    top_n: num(row.top_n),
    kinds: str(row.kinds),
    dataset_ids: str(row.dataset_ids),
  }));
}
