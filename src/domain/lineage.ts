import { CATALOGUE } from '@/domain/catalogue';
import { slugifyVietnamese } from '@/domain/text';

/** One predecessor → successor link; codes are the unit slugs used by the score files. */
export interface LineageLink {
  readonly oldCode: string;
  readonly newCode: string;
  readonly effectiveYear: number;
  readonly oldName: string | null;
  readonly newName: string | null;
}

export interface CrosswalkRow {
  readonly oldName: string;
  readonly newName: string;
}

/** The year the provinces' peer set changed, read from the catalogue rather than written here. */
export function reorganisationYear(): number {
  const brk = CATALOGUE.peerBreaks.find((candidate) => candidate.levels.includes('province'));
  if (!brk) throw new Error('No peer break for provinces in the catalogue');
  return brk.year;
}

export function crosswalkToLinks(
  rows: readonly CrosswalkRow[],
  effectiveYear = reorganisationYear(),
): LineageLink[] {
  return rows.map((row) => ({
    oldCode: slugifyVietnamese(row.oldName),
    newCode: slugifyVietnamese(row.newName),
    effectiveYear,
    oldName: row.oldName,
    newName: row.newName,
  }));
}
