import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlEngine } from '@/db/engine';
import { INTERNAL_LEVELS } from '@/domain/awards/internal-units';
import { buildAwardDatasets } from '@/sql/award-facts';
import { SCHEMA_STATEMENTS } from '@/sql/schema';
import { startNodeEngine } from '../../../support/node-engine';

let engine: SqlEngine;

beforeAll(async () => {
  engine = await startNodeEngine();
  await engine.execute(SCHEMA_STATEMENTS);
  await engine.execute([
    `INSERT INTO datasets (dataset_id, kind, label, file_name, added_at) VALUES
       ('imp_a', 'imported', 'noi-bo.csv', 'noi-bo.csv', '2026-01-02'),
       ('published-par', 'published', 'PAR', 'par.csv', NULL),
       ('sample-par', 'sample', 'Mẫu', 'sample.csv', NULL),
       ('imp_p', 'imported', 'tinh.csv', 'tinh.csv', '2026-01-03')`,
    `INSERT INTO scores (dataset_id, index_code, year, unit_code, unit_name, unit_level, block, component_code, score)
     VALUES ('imp_a', 'PAR', 2021, 'u', 'U', 'department', 'so-nganh', 'TOTAL', 80),
            ('imp_a', 'PAR', 2022, 'u', 'U', 'department', 'so-nganh', 'TOTAL', 81),
            ('sample-par', 'PAR', 2025, 'u', 'U', 'department', 'so-nganh', 'TOTAL', 82),
            ('imp_p', 'PAR', 2023, 'p', 'P', 'province', 'province', 'TOTAL', 70)`,
  ]);
}, 60_000);

describe('buildAwardDatasets()', () => {
  it('lists the sample first, then published, then imports, with their years and whether internal', async () => {
    const query = buildAwardDatasets(INTERNAL_LEVELS);
    const rows = await engine.query(query.text, query.params);
    expect(rows).toEqual([
      {
        dataset_id: 'sample-par',
        kind: 'sample',
        label: 'Mẫu',
        first_year: 2025,
        last_year: 2025,
        internal: true,
      },
      {
        dataset_id: 'published-par',
        kind: 'published',
        label: 'PAR',
        first_year: null,
        last_year: null,
        internal: false,
      },
      {
        dataset_id: 'imp_a',
        kind: 'imported',
        label: 'noi-bo.csv',
        first_year: 2021,
        last_year: 2022,
        internal: true,
      },
      {
        dataset_id: 'imp_p',
        kind: 'imported',
        label: 'tinh.csv',
        first_year: 2023,
        last_year: 2023,
        internal: false,
      },
    ]);
  });
});
