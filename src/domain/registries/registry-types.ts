import type { AdvisingEntry } from '@/domain/awards/fact-types';

/**
 * The two registries a secretariat keeps beside its scores: which agency advises which PAR component
 * in a year, and which block a unit (or every unit of a level) belongs to. Both are data, not code.
 */
export type RegistryKind = 'advising' | 'blocks';
export const REGISTRY_KINDS: readonly RegistryKind[] = ['advising', 'blocks'];

export type AdvisingRow = AdvisingEntry;

/** `unit`: one unit's block; `level`: the block of every unit of that level whose data names none. */
export type BlockTarget = 'unit' | 'level';
export const BLOCK_TARGETS: readonly BlockTarget[] = ['unit', 'level'];

export interface BlockRow {
  readonly target: BlockTarget;
  readonly code: string;
  readonly block: string;
}

export interface RegistryRows {
  readonly advising: readonly AdvisingRow[];
  readonly blocks: readonly BlockRow[];
}

/** The CSV header of each registry, in the order it is written; reading accepts any column order. */
export const REGISTRY_COLUMNS: { readonly [K in RegistryKind]: readonly string[] } = {
  advising: ['year', 'component_code', 'unit_code'],
  blocks: ['target', 'code', 'block'],
};

/** A registry's rows as the cells of its columns (what the table edits and the CSV holds). */
export function registryCells<K extends RegistryKind>(kind: K, rows: RegistryRows[K]): string[][] {
  if (kind === 'advising')
    return (rows as readonly AdvisingRow[]).map((row) => [String(row.year), row.component, row.unitCode]);
  return (rows as readonly BlockRow[]).map((row) => [row.target, row.code, row.block]);
}
