import { foldForSearch } from './text';

/** A unit as the pickers show it. `formerNames` lets "Quảng Bình" find the province it merged into. */
export interface UnitOption {
  readonly code: string;
  readonly name: string;
  readonly levels: readonly string[];
  readonly indices: readonly string[];
  readonly firstYear: number | null;
  readonly lastYear: number | null;
  readonly formerNames: readonly string[];
  /** Folded name and former names, for diacritic- and case-insensitive search. */
  readonly searchText: string;
  /** True for a unit that exists only as the successor in the lineage (no scores of its own yet). */
  readonly lineageOnly: boolean;
}

/** Units whose name, code or former name contains the query, ignoring diacritics and case. */
export function searchUnits(units: readonly UnitOption[], text: string): UnitOption[] {
  const folded = foldForSearch(text);
  if (folded === '') return [...units];
  return units.filter((unit) => unit.searchText.includes(folded));
}
