import { sortByVietnamese } from '@/domain/text';
import type { UnitLinkRow } from '@/sql/lineage';

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

/**
 * A unit merely continuing under its own code (an identity link) is no lineage worth a note; a merger
 * is, and its predecessors are listed in Vietnamese alphabetical order (names, not codes).
 */
export function toLineageModel(unit: string, links: readonly UnitLinkRow[]): LineageModel {
  const predecessors = links.filter((row) => row.new_code === unit);
  const successors = links.filter((row) => row.old_code === unit);
  const latestMergerYear = predecessors
    .filter((row) => !row.is_identity)
    .reduce<number | null>((latest, row) => Math.max(latest ?? 0, row.effective_year), null);
  const merged =
    latestMergerYear === null
      ? null
      : {
          year: latestMergerYear,
          predecessors: sortByVietnamese(
            predecessors
              .filter((row) => row.effective_year === latestMergerYear)
              .map((row) => ({
                code: row.old_code,
                name: row.old_name || row.old_code,
                continues: row.is_identity,
              })),
            (unit) => unit.name,
          ),
        };
  const next = successors.find((row) => !row.is_identity);
  const successor = next
    ? {
        code: next.new_code,
        name: next.new_name || next.new_code,
        year: next.effective_year,
      }
    : null;
  return { merged, successor };
}
