import type { Row } from '@/db/engine';
import type { PeerScope } from '@/domain/data-scope';
import type { CellStatus, RankSource } from '@/sql/ranks';
import type { WeakRow } from '@/sql/weak-components';
import type { WeakScreenRow } from '@/sql/weak-extra';
import type { PeerChoice } from '../model/peer-choices';

// Rows arrive as plain values (db/ converts Arrow); these readers give them their declared types
// without a cast, and turn anything unexpected into null rather than into a wrong number.
const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const num = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;
const bool = (value: unknown): boolean | null => (typeof value === 'boolean' ? value : null);

function oneOf<T extends string>(allowed: readonly T[], value: unknown): T | null {
  return allowed.find((candidate) => candidate === value) ?? null;
}

const RANK_SOURCES: readonly RankSource[] = ['published', 'computed'];
const STATUSES: readonly CellStatus[] = ['scored', 'rank_only', 'not_published', 'missing'];
const REASONS = ['method', 'merger'] as const;
const PEER_SCOPES: readonly PeerScope[] = ['own', 'sample', 'published'];
const peerScope = (value: unknown): PeerScope => oneOf(PEER_SCOPES, value) ?? 'published';

export function toPeerChoice(row: Row): PeerChoice {
  return {
    year: num(row.year) ?? 0,
    level: str(row.unit_level),
    scope: peerScope(row.data_scope),
    block: str(row.block),
    units: num(row.units) ?? 0,
    kinds: str(row.kinds).split(',').filter(Boolean),
  };
}

export function toWeakRow(row: Row): WeakRow {
  return {
    unit_code: str(row.unit_code),
    unit_name: str(row.unit_name),
    unit_level: str(row.unit_level),
    block: str(row.block),
    component_code: str(row.component_code),
    year: num(row.year) ?? 0,
    score: num(row.score),
    max_score: num(row.max_score),
    pct_of_max: num(row.pct_of_max),
    rank: num(row.rank),
    rank_source: oneOf(RANK_SOURCES, row.rank_source),
    peer_count: num(row.peer_count) ?? 0,
    previous_year: num(row.previous_year),
    previous_score: num(row.previous_score),
    score_change: num(row.score_change),
    rank_change: num(row.rank_change),
    comparable: bool(row.comparable),
    rank_comparable: bool(row.rank_comparable),
    not_comparable_reason: oneOf(REASONS, row.not_comparable_reason),
    falling_streak: num(row.falling_streak) ?? 0,
    best_score: num(row.best_score),
    median_score: num(row.median_score),
    q1_score: num(row.q1_score),
    points_lost: num(row.points_lost),
    pct_points_lost: num(row.pct_points_lost),
    is_low: row.is_low === true,
    is_falling: row.is_falling === true,
    fell_score: row.fell_score === true,
    fell_rank: row.fell_rank === true,
    reasons: str(row.reasons),
  };
}

export function toWeakScreenRow(row: Row): WeakScreenRow {
  return {
    ...toWeakRow(row),
    status: oneOf(STATUSES, row.status) ?? 'missing',
    in_group: row.in_group === true,
    in_list: row.in_list === true,
    list_order: num(row.list_order) ?? 0,
    unit_order: num(row.unit_order) ?? 0,
  };
}
