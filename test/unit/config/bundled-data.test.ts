import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_DATASETS } from '@/config/datasets';
import type { SqlEngine } from '@/db/engine';
import { importCsv } from '@/ingest/import-csv';
import { insertBundledDatasets, insertBundledFiles } from '@/sql/bundled-load';
import { query } from '@/sql/query';
import { fillReferenceTables, REFERENCE_TABLE_STATEMENTS } from '@/sql/reference-tables';
import { SCHEMA_STATEMENTS } from '@/sql/schema';
import { startNodeEngine } from '../../support/node-engine';

const DATA = path.resolve(__dirname, '../../../data');
const run = (engine: SqlEngine, q: { text: string; params: readonly (string | number | boolean | null)[] }) =>
  engine.query(q.text, q.params);

let fast: SqlEngine;
let checked: SqlEngine;

beforeAll(async () => {
  [fast, checked] = await Promise.all([startNodeEngine(), startNodeEngine()]);
  for (const engine of [fast, checked]) {
    await engine.execute([...SCHEMA_STATEMENTS, ...REFERENCE_TABLE_STATEMENTS]);
    for (const step of fillReferenceTables()) await run(engine, step);
  }
  const files = [];
  for (const dataset of BUNDLED_DATASETS) {
    const name = `bundled-${dataset.id}.csv`;
    await fast.registerFile(name, readFileSync(path.join(DATA, dataset.fileName)));
    files.push({ ...dataset, datasetId: dataset.id, label: dataset.id, source: 's', path: `mem/${name}` });
  }
  for (const step of [insertBundledDatasets(files), insertBundledFiles(files)]) {
    await run(fast, step);
  }
});

const ROWS = `SELECT index_code, year, unit_code, unit_name, unit_level, block, component_code, component_name,
  score, max_score, rank FROM scores WHERE dataset_id = ?
  ORDER BY index_code, year, unit_code, component_code`;

describe('the bundled data files', () => {
  it.each(BUNDLED_DATASETS.map((dataset) => [dataset.id, dataset.fileName]))(
    '%s passes every import check, and the fast start-up load reads it the same way',
    async (id, fileName) => {
      const bytes = new Uint8Array(readFileSync(path.join(DATA, fileName)));
      const datasetId = id.replace(/-/g, '_');
      const result = await importCsv(checked, { fileName, bytes }, { datasetId });
      if (!result.ok) throw new Error(`${fileName}: ${JSON.stringify(result.errors.slice(0, 3))}`);
      expect(result.warnings.filter((warning) => warning.code !== 'unknown-component')).toEqual([]);
      const viaImport = await run(checked, query(ROWS, [datasetId]));
      const viaStart = await run(fast, query(ROWS, [id]));
      expect(viaStart.length).toBe(result.rowCount);
      expect(viaStart).toEqual(viaImport);
    },
  );

  it('keeps a published gap a gap: a blank score loads as NULL, never 0', async () => {
    const [row] = await run(
      fast,
      query(
        `SELECT count(*) FILTER (WHERE score IS NULL) AS gaps, count(*) FILTER (WHERE score = 0) AS zeros FROM scores`,
      ),
    );
    expect(row?.gaps).toBeGreaterThan(0);
    expect(row?.zeros).toBe(0);
  });
});
