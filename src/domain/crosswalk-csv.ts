import type { CrosswalkRow } from '@/domain/lineage';
import { readSmallCsv } from '@/domain/small-csv';

// Its own file, apart from domain/lineage.ts: the start-up loads it (and PapaParse) beside the crosswalk's
// download instead of in the first screen's JS.

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
