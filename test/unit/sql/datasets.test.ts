import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlEngine } from '@/db/engine';
import { runInTransaction } from '@/db/transaction';
import { insertBundledDatasets, insertBundledFiles } from '@/sql/bundled-load';
import { buildCoverageGrid, buildDatasetList, buildRemoveImportedDataset } from '@/sql/datasets';
import { query } from '@/sql/query';
import { SCHEMA_STATEMENTS } from '@/sql/schema';
import { startNodeEngine } from '../../support/node-engine';

const HEADER = 'index,year,unit_code,unit_name,unit_level,component_code,component_name,score,max_score,rank';
const CSV = `${HEADER}
PAPI,2023,ha-tinh,Hà Tĩnh,province,TOTAL,Tổng,42.1,80,
PAPI,2024,ha-tinh,Hà Tĩnh,province,TOTAL,Tổng,,80,
PAPI,2024,quang-ninh,Quảng Ninh,province,TOTAL,Tổng,44.5,80,
`;

let engine: SqlEngine;
const run = (q: { text: string; params: readonly (string | number | boolean | null)[] }) =>
  engine.query(q.text, q.params);

beforeAll(async () => {
  engine = await startNodeEngine();
  await engine.execute(SCHEMA_STATEMENTS);
  await engine.registerFile('d.csv', new TextEncoder().encode(CSV));
  await run(
    insertBundledDatasets([
      { datasetId: 'published-papi', kind: 'published', label: 'PAPI', fileName: 'papi.csv', source: 'UNDP' },
    ]),
  );
  await run(insertBundledFiles([{ datasetId: 'published-papi', path: 'mem/d.csv' }]));
  await run(
    query(
      `INSERT INTO datasets VALUES ('imp_a', 'imported', 'mine.csv', 'mine.csv', NULL, '2026-11-01T00:00:00Z', NULL)`,
    ),
  );
  await run(
    query(`INSERT INTO scores SELECT 'imp_a', index_code, 2022, unit_code, unit_name, unit_level, block,
    component_code, component_name, 40, max_score, NULL, 2 FROM scores WHERE unit_code = 'quang-ninh'`),
  );
});

describe('the data screen queries', () => {
  it('lists every dataset with its indices, years, units and rows, published first', async () => {
    const rows = await run(buildDatasetList());
    expect(
      rows.map((row) => [
        row.dataset_id,
        row.kind,
        row.indices,
        row.first_year,
        row.last_year,
        row.unit_count,
        row.row_count,
      ]),
    ).toEqual([
      ['published-papi', 'published', 'PAPI', 2023, 2024, 2, 3],
      ['imp_a', 'imported', 'PAPI', 2022, 2022, 1, 1],
    ]);
  });

  it('counts per index and year the units that have a score, a blank score not counting', async () => {
    const rows = await run(buildCoverageGrid());
    expect(rows.map((row) => [row.year, row.units_with_score, row.units])).toEqual([
      [2022, 1, 1],
      [2023, 1, 1],
      [2024, 1, 2],
    ]);
  });

  it('removes an imported dataset but never a bundled one', async () => {
    await runInTransaction(engine, buildRemoveImportedDataset('published-papi'));
    await runInTransaction(engine, buildRemoveImportedDataset('imp_a'));
    const rows = await run(buildDatasetList());
    expect(rows.map((row) => [row.dataset_id, row.row_count])).toEqual([['published-papi', 3]]);
  });
});
