import type { Row } from '@/db/engine';
import type { CellStatus } from '../model/types';

// Rows arrive as plain values (db/ converts Arrow); these narrow them without trusting shapes.
export const num = (row: Row, key: string): number | null => {
  const value = row[key];
  return typeof value === 'number' ? value : null;
};
export const str = (row: Row, key: string): string => {
  const value = row[key];
  return typeof value === 'string' ? value : '';
};
export const bool = (row: Row, key: string): boolean | null => {
  const value = row[key];
  return typeof value === 'boolean' ? value : null;
};

const STATUSES: readonly CellStatus[] = ['scored', 'rank_only', 'not_published', 'missing'];
export const status = (row: Row): CellStatus => {
  const value = str(row, 'status');
  return STATUSES.find((candidate) => candidate === value) ?? 'missing';
};
