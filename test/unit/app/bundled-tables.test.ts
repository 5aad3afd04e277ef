import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_SCHEMA, loadBundledTables } from '@/app/bundled-tables';
import { BUNDLED_DATASETS } from '@/config/datasets';
import type { SqlEngine } from '@/db/engine';
import { startNodeEngine } from '@/db/node-engine';
import { parseCrosswalk } from '@/domain/crosswalk-csv';
import { crosswalkToLinks } from '@/domain/lineage';
import { buildBundledTables, CROSSWALK_FILE } from '../../../scripts/snapshot/load-bundled';
import { DATA } from '../../support/load-fixture';

let engine: SqlEngine;

beforeAll(async () => {
  // As the app starts: the build's streams into the empty schema, on the engine the browser runs.
  const tables = await buildBundledTables(DATA);
  engine = await startNodeEngine();
  await engine.writer.execute(EMPTY_SCHEMA);
  await loadBundledTables(engine, tables);
}, 120_000);

/** The rows in the file, read here on their own terms (DuckDB detects the columns and their types). */
function csvRows(file: string, hasBlock: boolean): string {
  const block = hasBlock ? "COALESCE(NULLIF(trim(block), ''), unit_level)" : 'unit_level';
  return `SELECT "index", year, unit_code, unit_name, unit_level, ${block}, component_code, component_name,
            score, max_score, rank FROM read_csv('mem/${file}', header = true)`;
}

const LOADED_ROWS = `SELECT index_code, year, unit_code, unit_name, unit_level, block, component_code,
  component_name, score, max_score, rank FROM scores WHERE dataset_id = ?`;

describe('the bundled tables the app starts with', () => {
  it.each(BUNDLED_DATASETS.map((dataset) => [dataset.id, dataset] as const))(
    'hold exactly the rows of %s’s CSV, under its dataset',
    async (_id, dataset) => {
      const file = `expected-${dataset.id}.csv`;
      await engine.registerFile(file, readFileSync(path.join(DATA, dataset.fileName)));
      const csv = csvRows(file, dataset.hasBlock);
      const [counts] = await engine.query(
        `SELECT (SELECT count(*) FROM (${csv})) AS in_file,
                (SELECT count(*) FROM (${LOADED_ROWS})) AS loaded,
                (SELECT count(*) FROM (${csv} EXCEPT ALL ${LOADED_ROWS})) AS missing,
                (SELECT count(*) FROM (${LOADED_ROWS} EXCEPT ALL ${csv})) AS extra`,
        [dataset.id, dataset.id, dataset.id],
      );
      expect(Number(counts?.in_file)).toBeGreaterThan(0);
      expect(counts).toEqual({ in_file: counts?.in_file, loaded: counts?.in_file, missing: 0, extra: 0 });
    },
  );

  it('list every bundled dataset once, by the manifest', async () => {
    const rows = await engine.query('SELECT dataset_id, kind, file_name FROM datasets ORDER BY dataset_id');
    const expected = BUNDLED_DATASETS.map((dataset) => ({
      dataset_id: dataset.id,
      kind: dataset.kind,
      file_name: dataset.fileName,
    })).sort((a, b) => a.dataset_id.localeCompare(b.dataset_id));
    expect(rows).toEqual(expected);
  });

  it('hold the crosswalk’s links as lineage', async () => {
    const links = crosswalkToLinks(parseCrosswalk(readFileSync(path.join(DATA, CROSSWALK_FILE), 'utf8')));
    const rows = await engine.query(
      'SELECT old_code, new_code, effective_year, old_name, new_name FROM lineage ORDER BY ALL',
    );
    const expected = links
      .filter((link) => link.oldCode !== '')
      .map((link) => ({
        old_code: link.oldCode,
        new_code: link.newCode,
        effective_year: link.effectiveYear,
        old_name: link.oldName || null,
        new_name: link.newName || null,
      }));
    expect(rows).toEqual(
      expected.sort((a, b) =>
        [a.old_code, a.new_code].join('\t').localeCompare([b.old_code, b.new_code].join('\t')),
      ),
    );
  });
});
