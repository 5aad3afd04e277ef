import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlEngine } from '@/db/engine';
import { importCsv } from '@/ingest/import-csv';
import { SCHEMA_STATEMENTS } from '@/sql/schema';
import { startNodeEngine } from '../../support/node-engine';

const HEADER = 'index,year,unit_code,unit_name,unit_level,component_code,component_name,score,max_score,rank';
const encode = (text: string) => new TextEncoder().encode(text);
let engine: SqlEngine;
let counter = 0;

function importText(text: string) {
  counter += 1;
  return importCsv(
    engine,
    { fileName: 'verdict.csv', bytes: encode(text) },
    { datasetId: `imp_verdict_${counter}` },
  );
}

async function scores(datasetId: string) {
  return engine.query(
    'SELECT unit_code, score, source_line FROM scores WHERE dataset_id = ? ORDER BY source_line',
    [datasetId],
  );
}

const row = (unit: string, score: string, name = `Đơn vị ${unit}`) =>
  `PAR,2021,${unit},${name},province,L3,CCTTHC,${score},100,`;

beforeAll(async () => {
  engine = await startNodeEngine();
  await engine.execute(SCHEMA_STATEMENTS);
});

describe('one verdict, whatever the file looks like', () => {
  it('reads a file whose lines end in LF, CRLF and CR in turn, with the right line numbers', async () => {
    const text = `${HEADER}\n${row('01', '11.5')}\r\n${row('02', '12')}\r${row('03', '13.25')}\n${row('04', '9')}\r\n`;
    const result = await importText(text);
    expect(result).toMatchObject({ ok: true, rowCount: 4 });
    if (!result.ok) return;
    expect(await scores(result.datasetId)).toEqual([
      { unit_code: '01', score: 11.5, source_line: 2 },
      { unit_code: '02', score: 12, source_line: 3 },
      { unit_code: '03', score: 13.25, source_line: 4 },
      { unit_code: '04', score: 9, source_line: 5 },
    ]);
  });

  it('names the line of an error in a file of mixed line endings', async () => {
    const text = `${HEADER}\r\n${row('11', '11.5')}\n${row('12', 'abc')}\r${row('13', '1')}\n`;
    const result = await importText(text);
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'type-error', line: 3, column: 'score' }] });
  });

  it('strips % per cell whatever its decimal separator', async () => {
    const text = `${HEADER}\n${row('21', '11.35%')}\n${row('22', '"86,32%"')}\n${row('23', '70 %')}\n`;
    const result = await importText(text);
    expect(result).toMatchObject({ ok: true, rowCount: 3 });
    if (!result.ok) return;
    expect((await scores(result.datasetId)).map((r) => r.score)).toEqual([11.35, 86.32, 70]);
  });

  it('rejects "11,050" in a file that writes decimals with a dot, naming line, column and the ambiguity', async () => {
    const text = `${HEADER}\n${row('31', '11.35')}\n${row('32', '"11,050"')}\n${row('33', '12.5')}\n`;
    const result = await importText(text);
    expect(result).toMatchObject({
      ok: false,
      errorCount: 1,
      errors: [{ code: 'ambiguous-number', line: 3, column: 'score', value: '11,050' }],
    });
  });

  it('reads "11,050" as a decimal comma where nothing in the file says otherwise', async () => {
    const result = await importText(`${HEADER}\n${row('41', '"11,050"')}\n${row('42', '"12,5"')}\n`);
    expect(result).toMatchObject({ ok: true });
    if (result.ok) expect((await scores(result.datasetId)).map((r) => r.score)).toEqual([11.05, 12.5]);
  });

  it('rejects a zero-width character inside a unit name, naming line and column', async () => {
    const text = `${HEADER}\n${row('51', '10')}\n${row('52', '10', 'Hà\u200bNội')}\n`;
    const result = await importText(text);
    expect(result).toMatchObject({
      ok: false,
      errors: [{ code: 'invisible-character', line: 3, column: 'unit_name', hint: 'U+200B' }],
    });
  });

  it('rejects other invisible characters (joiners, soft hyphen, word joiner, BOM) inside names', async () => {
    for (const [char, hint] of [
      ['\u200d', 'U+200D'],
      ['\u00ad', 'U+00AD'],
      ['\u2060', 'U+2060'],
      ['\ufeff', 'U+FEFF'],
    ] as const) {
      const result = await importText(`${HEADER}\n${row('61', '10', `"Đà${char} Nẵng"`)}\n`);
      expect(result, hint).toMatchObject({
        ok: false,
        errors: [{ code: 'invisible-character', line: 2, column: 'unit_name', hint }],
      });
    }
  });

  it('still trims a zero-width space at the edge of a value, with a warning', async () => {
    const result = await importText(`${HEADER}\n${row('71\u200b', '10')}\n`);
    expect(result).toMatchObject({ ok: true, warnings: [{ code: 'whitespace-trimmed' }] });
  });
});
