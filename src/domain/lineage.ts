import { CATALOGUE, type Lang } from '@/domain/catalogue';
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

function unquote(cell: string): string {
  const trimmed = cell.trim();
  return trimmed.startsWith('"') && trimmed.endsWith('"')
    ? trimmed.slice(1, -1).replace(/""/g, '"')
    : trimmed;
}

/** Parses `old_province,new_province` (names hold no commas); a malformed line fails with its number. */
export function parseCrosswalk(text: string): CrosswalkRow[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = (lines[0] ?? '').trim();
  if (header !== 'old_province,new_province') throw new Error(`Unexpected crosswalk header: ${header}`);
  return lines.slice(1).flatMap((line, index) => {
    if (line.trim() === '') return [];
    const cells = line.split(',').map(unquote);
    const [oldName, newName] = cells;
    if (cells.length !== 2 || !oldName || !newName)
      throw new Error(`Crosswalk line ${index + 2} is malformed`);
    return [{ oldName, newName }];
  });
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

const NOTE_WORDS: Record<Lang, { since: string }> = { vi: { since: 'từ' }, en: { since: 'from' } };

/** "Quảng Trị (từ 2025) = Quảng Bình + Quảng Trị": stated, never implied by a summed line. */
export function lineageNote(
  newName: string,
  effectiveYear: number,
  oldNames: readonly string[],
  lang: Lang,
): string {
  return `${newName} (${NOTE_WORDS[lang].since} ${effectiveYear}) = ${oldNames.join(' + ')}`;
}
