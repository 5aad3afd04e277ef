import { describe, expect, it } from 'vitest';
import {
  checkLinks,
  crosswalkToLinks,
  lineageNote,
  parseCrosswalk,
  predecessorsByNew,
} from '@/domain/lineage';

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

  it('reports an old unit split between two successors', () => {
    const links = crosswalkToLinks(parseCrosswalk('old_province,new_province\nA,B\nA,C\n'));
    expect(checkLinks(links).splitOld).toEqual(['a@2025']);
  });
});

describe('lineageNote(newName, year, oldNames, lang)', () => {
  it('states the composition in words', () => {
    expect(lineageNote('Quảng Trị', 2025, ['Quảng Bình', 'Quảng Trị'], 'vi')).toBe(
      'Quảng Trị (từ 2025) = Quảng Bình + Quảng Trị',
    );
  });
});
