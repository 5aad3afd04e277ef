import type { BlockRow } from './registry-types';

/** New rows replace the rows they name (same target and code); the others stay, in their order. */
export function mergeBlockRows(current: readonly BlockRow[], added: readonly BlockRow[]): BlockRow[] {
  const key = (row: BlockRow) => `${row.target}\u0000${row.code}`;
  const replaced = new Set(added.map(key));
  return [...current.filter((row) => !replaced.has(key(row))), ...added];
}
