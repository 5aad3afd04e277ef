import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlEngine } from '@/db/engine';
import { CATALOGUE, INDEX_CODES } from '@/domain/catalogue';
import type { Prepared } from '@/ingest/types';
import {
  countImportProblems,
  countKeysAndViolations,
  deleteRepeatedRows,
  deleteRowsAlreadyLoaded,
  selectUnitNameMismatches,
} from '@/sql/import-checks';
import { createStaging, selectImportErrors } from '@/sql/import-diagnose';
import { castNumber, ident, isNumber } from '@/sql/import-expressions';
import { insertCanonicalScores, insertImportedScores } from '@/sql/import-load';
import { LONG_COLUMNS, SCHEMA_STATEMENTS } from '@/sql/schema';
import { startNodeEngine } from '../../support/node-engine';

const COLUMNS = LONG_COLUMNS;
const staged: Pick<
  Prepared,
  'columns' | 'delimiter' | 'lineBreakpoints' | 'trimColumns' | 'decimalComma' | 'dotDecimals'
> = {
  columns: [...COLUMNS, null],
  delimiter: ';',
  lineBreakpoints: Int32Array.from([0, 2]),
  trimColumns: ['unit_name'],
  decimalComma: true,
  dotDecimals: false,
};
const source = { dataPath: 'mem/import-data.csv', breakpointsPath: null };
const allowed = { indexCodes: INDEX_CODES, levels: CATALOGUE.levels };
let engine: SqlEngine;

beforeAll(async () => {
  engine = await startNodeEngine();
  await engine.execute(SCHEMA_STATEMENTS);
});

describe('import query builders', () => {
  it('bind the dataset id, file path and delimiter instead of writing them into the text', () => {
    const q = insertImportedScores("imp_x'; DROP TABLE scores; --", staged, source);
    expect(q.text).not.toContain('DROP TABLE');
    expect(q.text).not.toContain('mem/import-data.csv');
    expect(q.params).toContain('mem/import-data.csv');
    expect(q.params).toContain(';');
  });

  it('refuse an identifier outside the closed set', () => {
    expect(() => ident('score"; --')).toThrow(/Unsafe identifier/);
  });

  it.each([
    ['insert', insertImportedScores('imp_x', staged, source)],
    ['typed insert', insertCanonicalScores('imp_x', staged, source.dataPath)],
    ['keys and rules', countKeysAndViolations('imp_x', allowed)],
    ['staging', createStaging(staged, source)],
    ['checks', countImportProblems('imp_x')],
    ['repeated rows', deleteRepeatedRows('imp_x')],
    ['already loaded', deleteRowsAlreadyLoaded('imp_x')],
    ['name mismatches', selectUnitNameMismatches('imp_x')],
  ])('%s is accepted by DuckDB’s binder', async (_name, q) => {
    await engine.registerFile('import-data.csv', new TextEncoder().encode(`${COLUMNS.join(';')};x\n`));
    await expect(engine.query(`EXPLAIN ${q.text}`, q.params)).resolves.toBeDefined();
  });

  it('selects errors from a staged file', async () => {
    await engine.execute([
      `CREATE OR REPLACE TEMP TABLE import_staging AS SELECT * FROM (VALUES
        (2, 'PAR', '2.023', '01', 'Hà Nội', 'province', 'L1', 'x', '8.650,5', '10.000', '1', NULL)
      ) t(line, "index", "year", unit_code, unit_name, unit_level, component_code, component_name, score, max_score, "rank", block)`,
    ]);
    const q = selectImportErrors(
      'imp_x',
      { decimalComma: true, dotDecimals: false },
      INDEX_CODES,
      CATALOGUE.levels,
      50,
    );
    const rows = await engine.query(q.text, q.params);
    expect(rows).toEqual([
      { code: 'type-error', line: 2, col: 'year', value: '2.023', first_line: null, hint: null, total: 1 },
    ]);
  });
});

describe('number syntax decided once per file', () => {
  it.each([
    ['85.32', false, 85.32],
    ['85%', false, 85],
    ['8.650,5', true, 8650.5],
    ['10.000', true, 10000],
    ['85,32', true, 85.32],
    ['13.5', true, 13.5],
    ['86,32%', true, 86.32],
    ['11.35%', true, 11.35],
  ])('reads %s (decimal comma: %s) as %s', async (text, decimalComma, expected) => {
    const locale = { decimalComma, dotDecimals: false };
    const [row] = await engine.query(
      `SELECT ${isNumber('v', locale)} AS ok, ${castNumber('v', locale)} AS n FROM (SELECT ?::VARCHAR AS v)`,
      [text],
    );
    expect(row).toEqual({ ok: true, n: expected });
  });

  it.each([
    ['tám lăm', false],
    ['85..3', false],
    ['0x55', false],
    ['85 điểm', false],
    ['1e3', false],
    ['86.50,5', true],
    ['1,234.5', true],
  ])('refuses %s (decimal comma: %s)', async (text, decimalComma) => {
    const locale = { decimalComma, dotDecimals: false };
    const [row] = await engine.query(`SELECT ${isNumber('v', locale)} AS ok FROM (SELECT ?::VARCHAR AS v)`, [
      text,
    ]);
    expect(row?.ok).toBe(false);
  });
});
