import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCrosswalk } from '@/domain/crosswalk-csv';
import { crosswalkToLinks, type LineageLink } from '@/domain/lineage';

/** The predecessors of each new unit, in the order given. */
function predecessorsByNew(links: readonly LineageLink[]): Map<string, LineageLink[]> {
  const groups = new Map<string, LineageLink[]>();
  for (const link of links) groups.set(link.newCode, [...(groups.get(link.newCode) ?? []), link]);
  return groups;
}

const text = '\uFEFFold_province,new_province\r\nQuảng Bình,Quảng Trị\r\nQuảng Trị,Quảng Trị\r\n\r\n';

describe('parseCrosswalk(text) and crosswalkToLinks(rows)', () => {
  it('reads names and slugs them to unit codes effective from the reorganisation year', () => {
    const links = crosswalkToLinks(parseCrosswalk(text));
    expect(links[0]).toEqual({
      oldCode: 'quang-binh',
      newCode: 'quang-tri',
      effectiveYear: 2025,
      oldName: 'Quảng Bình',
      newName: 'Quảng Trị',
    });
    expect(predecessorsByNew(links).get('quang-tri')).toHaveLength(2);
  });

  it('fails with the line number of a malformed line', () => {
    expect(() => parseCrosswalk('old_province,new_province\nA,B,C\n')).toThrow(/line 2/);
  });
});

describe('the bundled 2025 crosswalk (data/provinces_2025_crosswalk.csv)', () => {
  const root = new URL('../../../data/', import.meta.url);
  const links = crosswalkToLinks(
    parseCrosswalk(readFileSync(new URL('provinces_2025_crosswalk.csv', root), 'utf8')),
  );
  // Unit codes of the bundled national data: every province appears in PAPI (all 63, 2011–2024).
  const bundledCodes = new Set(
    readFileSync(new URL('papi.csv', root), 'utf8')
      .split(/\r?\n/)
      .slice(1)
      .map((line) => line.split(',')[2])
      .filter((code): code is string => Boolean(code)),
  );

  it('maps each of the 63 old provinces to exactly one new province', () => {
    const olds = links.map((link) => link.oldCode);
    expect(new Set(olds).size).toBe(63);
    expect(olds).toHaveLength(63);
  });

  it('has 34 new provinces, each with at least one predecessor', () => {
    const groups = predecessorsByNew(links);
    expect(groups.size).toBe(34);
    for (const [, predecessors] of groups) expect(predecessors.length).toBeGreaterThanOrEqual(1);
    // 23 were formed by a merger, 11 continued unchanged (Resolution 202/2025/QH15).
    expect([...groups.values()].filter((parts) => parts.length > 1)).toHaveLength(23);
  });

  it('names old provinces whose slugs are unit codes of the bundled data', () => {
    expect(links.filter((link) => !bundledCodes.has(link.oldCode)).map((link) => link.oldName)).toEqual([]);
  });

  it('keeps the golden reading of one merger: Quảng Trị (từ 2025) = Quảng Bình + Quảng Trị', () => {
    const parts = predecessorsByNew(links).get('quang-tri') ?? [];
    expect(parts.map((link) => link.oldCode).sort()).toEqual(['quang-binh', 'quang-tri']);
    expect(parts.every((link) => link.effectiveYear === 2025)).toBe(true);
  });
});
