import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlEngine } from '@/db/engine';
import { importCsv } from '@/ingest/import-csv';
import { SCHEMA_STATEMENTS } from '@/sql/schema';
import { startNodeEngine } from '../../support/node-engine';

const HEADER = 'index,year,unit_code,unit_name,unit_level,component_code,component_name,score,max_score,rank';
const encode = (text: string) => new TextEncoder().encode(text);
let engine: SqlEngine;
let counter = 0;

function importText(text: string, label: string) {
  counter += 1;
  return importCsv(
    engine,
    { fileName: `${label}.csv`, bytes: encode(text) },
    { datasetId: `imp_dup_${counter}`, label },
  );
}

async function stored() {
  const datasets = await engine.query('SELECT dataset_id, label FROM datasets ORDER BY dataset_id');
  const [rows] = await engine.query('SELECT count(*)::INTEGER AS n FROM scores');
  return { datasets, rows: Number(rows?.n) };
}

beforeAll(async () => {
  engine = await startNodeEngine();
  await engine.execute(SCHEMA_STATEMENTS);
});

describe('importing content that is already loaded', () => {
  const first = `${HEADER}\nPAR,2022,01,Hà Nội,province,L3,CCTTHC,11.5,13,3\nPAR,2022,02,Hải Phòng,province,L3,CCTTHC,9,13,5\n`;

  it('refuses the same bytes a second time, naming the dataset that holds them, and stores nothing', async () => {
    const accepted = await importText(first, 'Bộ PAR 2022');
    expect(accepted.ok).toBe(true);
    const before = await stored();
    const again = await importText(first, 'Bản sao');
    expect(again).toMatchObject({
      ok: false,
      errors: [{ code: 'already-imported', value: 'Bộ PAR 2022' }],
    });
    expect(await stored()).toEqual(before);
  });

  it('refuses a file whose rows all exist already as nothing new, never a 0-row dataset', async () => {
    const before = await stored();
    // Other bytes (CRLF, another order), the same rows: not the same file, but nothing new in it.
    const sameRows = `${HEADER}\r\nPAR,2022,02,Hải Phòng,province,L3,CCTTHC,9,13,5\r\nPAR,2022,01,Hà Nội,province,L3,CCTTHC,11.5,13,3\r\n`;
    const result = await importText(sameRows, 'Cùng dòng');
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'nothing-new', count: 2 }] });
    expect(await stored()).toEqual(before);
    const [empty] = await engine.query(
      'SELECT count(*)::INTEGER AS n FROM datasets d WHERE NOT EXISTS (SELECT 1 FROM scores s WHERE s.dataset_id = d.dataset_id)',
    );
    expect(Number(empty?.n)).toBe(0);
  });

  it('still accepts a file that adds rows next to already-loaded ones, skipping and counting those', async () => {
    const overlap = `${HEADER}\nPAR,2022,01,Hà Nội,province,L3,CCTTHC,11.5,13,3\nPAR,2022,48,Đà Nẵng,province,L3,CCTTHC,12,13,1\n`;
    const result = await importText(overlap, 'Thêm Đà Nẵng');
    expect(result).toMatchObject({ ok: true, rowCount: 1, skippedDuplicateRows: 1 });
  });
});
