import type { Row } from '@/db/engine';
import { sortByVietnamese } from '@/domain/text';

export interface LineageUnit {
  readonly code: string;
  readonly name: string;
}

/** A predecessor; `continues` = the merged unit kept this one's code, so its history is on this page. */
export interface Predecessor extends LineageUnit {
  readonly continues: boolean;
}

export interface LineageModel {
  /** The home unit was formed by a merger: the units it absorbed (itself included when it continued). */
  readonly merged: { readonly year: number; readonly predecessors: readonly Predecessor[] } | null;
  /** The home unit became part of another unit: offer that one, keep this one's history reachable. */
  readonly successor: (LineageUnit & { readonly year: number }) | null;
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);

/**
 * A unit merely continuing under its own code (an identity link) is no lineage worth a note; a merger
 * is, and its predecessors are listed in Vietnamese alphabetical order (names, not codes).
 */
export function toLineageModel(predecessors: readonly Row[], successors: readonly Row[]): LineageModel {
  const latestMergerYear = predecessors
    .filter((row) => row.is_identity !== true)
    .reduce<number | null>((latest, row) => Math.max(latest ?? 0, num(row.effective_year) ?? 0), null);
  const merged =
    latestMergerYear === null
      ? null
      : {
          year: latestMergerYear,
          predecessors: sortByVietnamese(
            predecessors
              .filter((row) => num(row.effective_year) === latestMergerYear)
              .map((row) => ({
                code: str(row.old_code),
                name: str(row.old_name) || str(row.old_code),
                continues: row.is_identity === true,
              })),
            (unit) => unit.name,
          ),
        };
  const next = successors.find((row) => row.is_identity !== true);
  const successor = next
    ? {
        code: str(next.new_code),
        name: str(next.new_name) || str(next.new_code),
        year: num(next.effective_year) ?? 0,
      }
    : null;
  return { merged, successor };
}
