import { beforeAll, describe, expect, it } from 'vitest';
import { firstScreenStamp, storedImportKeys } from '@/app/first-screen-stamp';
import type { Row, SqlEngine } from '@/db/engine';
import { readRows } from '@/db/rows';
import { importCsv } from '@/ingest/import-csv';
import { MAX_IMPORT_ROWS } from '@/ingest/size-limit';
import { restoreSnapshot, snapshotDataset } from '@/ingest/stored-rows';
import type { PersistedRowsImport } from '@/lib/persisted-imports';
import { LINEAGE_TABLE_STATEMENT } from '@/sql/lineage';
import { SCHEMA_STATEMENTS } from '@/sql/schema';
import { selectImportedKeys } from '@/sql/stored-rows';
import { startNodeEngine } from '../../support/node-engine';

const HEADER = 'index,year,unit_code,unit_name,unit_level,component_code,component_name,score,max_score,rank';
const ROWS_SQL =
  'SELECT * EXCLUDE (dataset_id) FROM scores WHERE dataset_id = ? ORDER BY source_line, component_code';

function csv(rows: number): Uint8Array {
  const lines = [HEADER];
  for (let i = 0; i < rows; i += 1) {
    const score = i % 7 === 0 ? '' : String((i % 90) + 0.25);
    lines.push(
      `PAR,${2015 + (i % 5)},u${Math.floor(i / 5)},Đơn vị ${Math.floor(i / 5)},department,TOTAL,"Tổng, chung",${score},100,${i % 3 === 0 ? '' : (i % 40) + 1}`,
    );
  }
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

async function freshEngine(): Promise<SqlEngine> {
  const engine = await startNodeEngine();
  await engine.execute(SCHEMA_STATEMENTS);
  return engine;
}

let source: SqlEngine;
let snapshot: PersistedRowsImport;
let original: Row[];

beforeAll(async () => {
  source = await freshEngine();
  const result = await importCsv(
    source,
    { fileName: 'dữ liệu.csv', bytes: csv(1200) },
    { datasetId: 'imp_a' },
  );
  expect(result).toMatchObject({ ok: true });
  const taken = await snapshotDataset(source, 'imp_a');
  if (!taken) throw new Error('no snapshot');
  snapshot = taken;
  original = await source.query(ROWS_SQL, ['imp_a']);
});

describe('a dataset stored as rows', () => {
  it('comes back on a new engine exactly as it was, with its dataset record', async () => {
    expect(snapshot).toMatchObject({
      kind: 'arrow-rows-v1',
      id: 'imp_a',
      fileName: 'dữ liệu.csv',
      rowCount: 1200,
    });
    const engine = await freshEngine();
    expect(await restoreSnapshot(engine, snapshot)).toBeNull();
    expect(await engine.query(ROWS_SQL, ['imp_a'])).toEqual(original);
    const [record] = await engine.query(
      'SELECT kind, label, content_hash FROM datasets WHERE dataset_id = ?',
      ['imp_a'],
    );
    const [first] = await source.query('SELECT label, content_hash FROM datasets WHERE dataset_id = ?', [
      'imp_a',
    ]);
    expect(record).toEqual({ kind: 'imported', ...first });
  });

  it('is written in parts, and a part that cannot be read restores nothing of it', async () => {
    const stored = await snapshotDataset(source, 'imp_a', 500);
    expect(stored?.parts.length).toBe(3);
    if (!stored) return;
    const damaged = {
      ...stored,
      parts: [stored.parts[0] as Blob, new Blob([new Uint8Array([31, 139, 8, 0, 1, 2, 3])])],
    };
    const engine = await freshEngine();
    expect(await restoreSnapshot(engine, damaged)).toBe('corrupted');
    expect(await engine.query('SELECT count(*) AS n FROM scores')).toEqual([{ n: 0 }]);
    expect(await engine.query('SELECT count(*) AS n FROM datasets')).toEqual([{ n: 0 }]);
    // The failed restore left no half-read table behind: a good copy restores after it.
    expect(await restoreSnapshot(engine, stored)).toBeNull();
    expect(await engine.query('SELECT count(*) AS n FROM scores')).toEqual([{ n: 1200 }]);
  });

  it('refuses a count that does not match, rows not in Arrow form, and a dataset over the limit', async () => {
    const engine = await freshEngine();
    expect(await restoreSnapshot(engine, { ...snapshot, rowCount: 1201 })).toBe('corrupted');
    const garbage = new Blob([
      await new Response(
        new Blob(['not arrow']).stream().pipeThrough(new CompressionStream('gzip')),
      ).arrayBuffer(),
    ]);
    expect(await restoreSnapshot(engine, { ...snapshot, parts: [garbage] })).toBe('corrupted');
    expect(await restoreSnapshot(engine, snapshot, MAX_IMPORT_ROWS)).toBe('too-large');
    expect(await engine.query('SELECT count(*) AS n FROM scores')).toEqual([{ n: 0 }]);
  });

  it('is not restored twice, and its content is not taken twice under another id', async () => {
    const engine = await freshEngine();
    expect(await restoreSnapshot(engine, snapshot)).toBeNull();
    expect(await restoreSnapshot(engine, snapshot)).toBe('already-loaded');
    expect(await restoreSnapshot(engine, { ...snapshot, id: 'imp_b' })).toBe('already-loaded');
    expect(await engine.query('SELECT count(*) AS n FROM scores')).toEqual([{ n: 1200 }]);
  });
});

describe('the state the first screen over own data is stamped with', () => {
  it('is the same read from the restored engine as from the stored entry', async () => {
    const engine = await freshEngine();
    await engine.execute([LINEAGE_TABLE_STATEMENT]);
    expect(await restoreSnapshot(engine, snapshot)).toBeNull();
    const rows = await readRows(engine, selectImportedKeys('user-import'));
    expect(rows).toEqual([{ dataset_id: 'imp_a', content_hash: snapshot.contentHash, own_links: 0 }]);
    const fromEngine = rows.map((row) => ({ id: row.dataset_id, contentHash: row.content_hash }));
    expect(firstScreenStamp('build', fromEngine)).toBe(
      firstScreenStamp('build', storedImportKeys([snapshot]) ?? []),
    );
    expect(snapshot.contentHash).not.toBeNull();
  });
});
