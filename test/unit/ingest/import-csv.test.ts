import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlEngine } from '@/db/engine';
import { importCsv } from '@/ingest/import-csv';
import { SCHEMA_STATEMENTS } from '@/sql/schema';
import { startNodeEngine } from '../../support/node-engine';

const HEADER = 'index,year,unit_code,unit_name,unit_level,component_code,component_name,score,max_score,rank';
const encode = (text: string) => new TextEncoder().encode(text);
let engine: SqlEngine;
let counter = 0;

function importText(text: string, extra: Partial<Parameters<typeof importCsv>[2]> = {}) {
  counter += 1;
  return importCsv(
    engine,
    { fileName: 'test.csv', bytes: encode(text) },
    { datasetId: `imp_test_${counter}`, ...extra },
  );
}

beforeAll(async () => {
  engine = await startNodeEngine();
  await engine.execute(SCHEMA_STATEMENTS);
});

describe('importCsv(engine, file, options)', () => {
  it('stores missing markers as NULL, never 0, and reads % suffixes', async () => {
    const result = await importText(
      `${HEADER}\nPCI,2023,01,Hà Nội,province,TOTAL,PCI,–,100,\nPCI,2023,79,TP.HCM,province,TOTAL,PCI,N/A,100,\nPCI,2023,48,Đà Nẵng,province,TOTAL,PCI,70.5%,100,3\n`,
    );
    expect(result.ok).toBe(true);
    const rows = await engine.query(
      'SELECT score, rank, source_line FROM scores WHERE dataset_id = ? ORDER BY source_line',
      [result.ok ? result.datasetId : ''],
    );
    expect(rows).toEqual([
      { score: null, rank: null, source_line: 2 },
      { score: null, rank: null, source_line: 3 },
      { score: 70.5, rank: 3, source_line: 4 },
    ]);
  });

  // A canonical file is inserted early by DuckDB's typed reader; these cells must still get the
  // careful path's verdict (the typed reader alone would read 1e1 as 10 and 5.0 as rank 5).
  it.each([
    ['1e1', '4', 'type-error', 'score'],
    ['inf', '4', 'type-error', 'score'],
    ['7', '5.0', 'type-error', 'rank'],
    ['14', '4', 'constraint-error', 'score'],
  ])(
    'refuses score %s with rank %s in a canonical file as the careful path does',
    async (score, rank, code, column) => {
      const result = await importText(
        `${HEADER}\nPAR,2022,01,Hà Nội,province,L3,CCTTHC,11.5,13,3\nPAR,2022,02,Hải Phòng,province,L3,CCTTHC,${score},13,${rank}\n`,
      );
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors[0]).toMatchObject({ code, line: 3, column });
    },
  );

  it('takes a canonical file of bare numbers through the typed reader with the right lines', async () => {
    const result = await importText(
      `${HEADER}\nPAR,2022,01,Hà Nội,province,L3,CCTTHC,11.5,13,3\nPAR,2022,02,Hải Phòng,province,L3,CCTTHC,.5,13,\n`,
    );
    expect(result.ok).toBe(true);
    const rows = await engine.query(
      'SELECT year, score, max_score, rank, source_line FROM scores WHERE dataset_id = ? ORDER BY source_line',
      [result.ok ? result.datasetId : ''],
    );
    expect(rows).toEqual([
      { year: 2022, score: 11.5, max_score: 13, rank: 3, source_line: 2 },
      { year: 2022, score: 0.5, max_score: 13, rank: null, source_line: 3 },
    ]);
  });

  it('keeps one of two identical rows of a canonical file and says so', async () => {
    // Units of their own: rows of other tests in this engine must not count as already loaded.
    const row = 'PAR,2019,91,Đơn vị 91,province,L3,CCTTHC,11.5,13,3';
    const result = await importText(
      `${HEADER}\n${row}\nPAR,2019,92,Đơn vị 92,province,L3,CCTTHC,9,13,5\n${row}\n`,
    );
    expect(result).toMatchObject({ ok: true });
    if (result.ok) {
      expect(result.rowCount).toBe(2);
      expect(result.warnings).toContainEqual({ code: 'duplicate-row', count: 1 });
    }
  });

  it('records the dataset with its row count, file name and time', async () => {
    const result = await importText(`${HEADER}\nPAPI,2020,01,Hà Nội,province,D1,Tham gia,5.1,10,\n`, {
      label: 'PAPI thử',
    });
    const [row] = await engine.query(
      `SELECT d.kind, d.label, d.file_name, d.added_at, count(*) AS row_count
       FROM datasets d JOIN scores s USING (dataset_id) WHERE d.dataset_id = ?
       GROUP BY ALL`,
      [result.ok ? result.datasetId : ''],
    );
    expect(row).toMatchObject({ kind: 'imported', label: 'PAPI thử', file_name: 'test.csv', row_count: 1 });
    expect(String(row?.added_at)).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('skips rows another dataset already holds with the same values and counts them', async () => {
    const text = `${HEADER}\nSIPAS,2022,01,Hà Nội,province,TOTAL,SIPAS,80.1,100,\n`;
    expect((await importText(text)).ok).toBe(true);
    const again = await importText(`${text}SIPAS,2022,79,TP.HCM,province,TOTAL,SIPAS,82,100,\n`);
    expect(again).toMatchObject({ ok: true, rowCount: 1, skippedDuplicateRows: 1 });
  });

  it('rejects a row that contradicts loaded data, naming the line and the other dataset', async () => {
    const first = await importText(`${HEADER}\nSIPAS,2021,01,Hà Nội,province,TOTAL,SIPAS,80.1,100,\n`);
    const clash = await importText(
      `${HEADER}\nSIPAS,2021,02,Hà Giang,province,TOTAL,SIPAS,70,100,\nSIPAS,2021,01,Hà Nội,province,TOTAL,SIPAS,81,100,\n`,
    );
    expect(clash.ok).toBe(false);
    expect(clash.ok ? [] : clash.errors).toContainEqual({
      code: 'conflicts-with-loaded',
      line: 3,
      column: 'score',
      value: '81',
      hint: first.ok ? first.datasetId : '',
    });
  });

  it('rejects scores above max_score and unknown index codes, all errors at once', async () => {
    const result = await importText(
      `${HEADER}\nPAR,2022,01,Hà Nội,province,L3,x,14,13,\nXYZ,2022,01,Hà Nội,province,L3,x,1,13,\n`,
    );
    expect(result.ok ? [] : result.errors).toEqual([
      { code: 'constraint-error', line: 2, column: 'score', value: '14', hint: '13' },
      { code: 'unknown-index', line: 3, column: 'index', value: 'XYZ' },
    ]);
  });

  it('caps the listed errors and counts them all', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => `PAR,20x2,${i},U${i},province,L1,x,1,9,`).join('\n');
    const result = await importText(`${HEADER}\n${rows}\n`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(50);
    expect(result.errorCount).toBe(120);
  });

  it('asks for index and year for a wide file, then converts it to long rows', async () => {
    const wide =
      'STT,Tỉnh/thành phố,Mã tỉnh,Cải cách thủ tục hành chính,Chỉ số CCHC,Xếp hạng\r\n1,Hà Nội,01,"11,35","86,32",4\r\n';
    const asked = await importText(wide);
    expect(asked.ok ? null : asked.needsWideMapping?.components).toEqual([
      { header: 'Cải cách thủ tục hành chính', code: 'L3', known: true },
      { header: 'Chỉ số CCHC', code: 'TOTAL', known: true },
    ]);
    const done = await importText(wide, { wide: { index: 'PAR', year: 2023, unitLevel: 'province' } });
    expect(done).toMatchObject({ ok: true, rowCount: 2, indices: ['PAR'], years: [2023] });
    const rows = await engine.query(
      'SELECT component_code, score, max_score, rank, source_line FROM scores WHERE dataset_id = ? ORDER BY component_code',
      [done.ok ? done.datasetId : ''],
    );
    expect(rows).toEqual([
      { component_code: 'L3', score: 11.35, max_score: null, rank: 4, source_line: 2 },
      { component_code: 'TOTAL', score: 86.32, max_score: 100, rank: 4, source_line: 2 },
    ]);
  });

  it('refuses a dataset id that already exists without touching data', async () => {
    const text = `${HEADER}\nDDCI,2021,S01,Sở Tư pháp,department,TOTAL,DDCI,70,100,\n`;
    await importCsv(engine, { fileName: 'a.csv', bytes: encode(text) }, { datasetId: 'imp_same' });
    const again = await importCsv(
      engine,
      { fileName: 'b.csv', bytes: encode(text) },
      { datasetId: 'imp_same' },
    );
    expect(again.ok ? null : again.errors).toEqual([{ code: 'dataset-exists', value: 'imp_same' }]);
  });
});
