import { describe, expect, it } from 'vitest';
import { mapLongHeader } from '@/ingest/header';
import { splitTextRecords } from '@/ingest/text-records';

function missingOf(headerLine: string): (string | undefined)[] {
  const [header] = splitTextRecords(`${headerLine}\n`, ',', 1);
  if (!header) throw new Error('no header record');
  return mapLongHeader(header)
    .errors.filter((issue) => issue.code === 'missing-header')
    .map((issue) => ('column' in issue ? String(issue.column) : undefined));
}

describe('the columns a long file must have', () => {
  it('are the layout less the name of the component, the maximum and the rank', () => {
    expect(missingOf('index,year,unit_code,unit_name,unit_level,component_code,score')).toEqual([]);
  });

  it('are each named when left out, in the layout order', () => {
    expect(missingOf('year,unit_name,component_code,component_name,max_score,rank')).toEqual([
      'index',
      'unit_code',
      'unit_level',
      'score',
    ]);
  });
});
