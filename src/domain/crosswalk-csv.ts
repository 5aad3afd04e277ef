import type { CrosswalkRow } from '@/domain/lineage';
import { readSmallCsv } from '@/domain/small-csv';

// Its own file, apart from domain/lineage.ts: only the build reads the crosswalk (the app loads it as the
// build's lineage table), so PapaParse stays out of the app's start-up.

/** Parses `old_province,new_province`; a malformed row fails with its number (a build defect). */
export function parseCrosswalk(text: string): CrosswalkRow[] {
  const { header, records } = readSmallCsv(text);
  if (header.join(',').trim() !== 'old_province,new_province')
    throw new Error(`Unexpected crosswalk header: ${header.join(',')}`);
  return records.map(({ cells, row }) => {
    const [oldName, newName] = cells.map((cell) => cell.trim());
    if (cells.length !== 2 || !oldName || !newName) throw new Error(`Crosswalk line ${row} is malformed`);
    return { oldName, newName };
  });
}
