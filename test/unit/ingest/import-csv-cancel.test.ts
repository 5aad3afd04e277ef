import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlEngine } from '@/db/engine';
import { importCsv } from '@/ingest/import-csv';
import { SCHEMA_STATEMENTS } from '@/sql/schema';
import { startNodeEngine } from '../../support/node-engine';

const corpusDir = path.resolve(__dirname, '../../fixtures/csv-corpus');
const corpus = (name: string) => new Uint8Array(readFileSync(path.join(corpusDir, name)));
let engine: SqlEngine;

async function counts() {
  const [row] = await engine.query(
    'SELECT (SELECT count(*) FROM scores) AS scores, (SELECT count(*) FROM datasets) AS datasets',
  );
  return row;
}

beforeAll(async () => {
  engine = await startNodeEngine();
  await engine.execute(SCHEMA_STATEMENTS);
}, 60_000);

describe('importCsv with a File and an AbortSignal', { timeout: 30_000 }, () => {
  it('reads a Blob given as `file` like the same bytes', async () => {
    const file = new Blob([corpus('00_valid_baseline.csv')]);
    const result = await importCsv(engine, { fileName: '00.csv', file }, { datasetId: 'imp_blob' });
    expect(result).toMatchObject({ ok: true, rowCount: 36 });
  });

  it('rejects with the abort reason and leaves no trace when aborted before COMMIT', async () => {
    const before = await counts();
    const abort = new AbortController();
    const text =
      'index,year,unit_code,unit_name,unit_level,component_code,component_name,score,max_score,rank\nPCI,2024,01,Hà Nội,province,TOTAL,PCI,70,100,1\n';
    const pending = importCsv(
      engine,
      { fileName: 'x.csv', bytes: new TextEncoder().encode(text) },
      {
        datasetId: 'imp_cancelled',
        signal: abort.signal,
        // Aborted mid-transaction, after the insert: the rows must be rolled back.
        onProgress: (stage, fraction) => {
          if (stage === 'checking' && fraction > 0) abort.abort();
        },
      },
    );
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(await counts()).toEqual(before);
  });

  it('does not start an import whose signal is already aborted', async () => {
    const abort = new AbortController();
    abort.abort();
    const pending = importCsv(
      engine,
      { fileName: '00.csv', bytes: corpus('00_valid_baseline.csv') },
      { datasetId: 'imp_never', signal: abort.signal },
    );
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('diagnosis after data is loaded (regression: corpus 34 after corpus 00)', {
  timeout: 30_000,
}, () => {
  it('reports a garbage score as a type error only, not also as differing from loaded data', async () => {
    // An engine of its own: the baseline imported above would be refused here as already imported.
    const engine = await startNodeEngine();
    await engine.execute(SCHEMA_STATEMENTS);
    const loaded = await importCsv(
      engine,
      { fileName: '00.csv', bytes: corpus('00_valid_baseline.csv') },
      { datasetId: 'imp_baseline' },
    );
    expect(loaded.ok).toBe(true);
    const result = await importCsv(
      engine,
      { fileName: '34.csv', bytes: corpus('34_non_numeric_garbage.csv') },
      { datasetId: 'imp_garbage' },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const typeErrorLines = new Set(result.errors.filter((e) => e.code === 'type-error').map((e) => e.line));
    expect(typeErrorLines.size).toBeGreaterThan(0);
    const doubled = result.errors.filter(
      (e) => e.code === 'conflicts-with-loaded' && typeErrorLines.has(e.line),
    );
    expect(doubled).toEqual([]);
  });
});
