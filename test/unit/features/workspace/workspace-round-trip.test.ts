import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SqlEngine } from '@/db/engine';
import { checkWorkspace } from '@/features/workspace/api/check-workspace';
import { commitWorkspaceDatasets } from '@/features/workspace/api/commit-datasets';
import { packWorkspace, readImportedDatasets } from '@/features/workspace/api/pack-workspace';
import { importCsv } from '@/ingest/import-csv';
import { sha256Hex } from '@/lib/workspace/sha256';
import { SCHEMA_STATEMENTS } from '@/sql/schema';
import { startNodeEngine } from '../../../support/node-engine';

const FIXTURE = path.resolve(import.meta.dirname, '../../../e2e/fixtures/awards/noi-bo-khong-khoi.csv');
const HEADER = 'index,year,unit_code,unit_name,unit_level,component_code,component_name,score,max_score,rank';
const SECOND = `${HEADER},block\nPAR,2024,so-a,"Sở A, mới",department,TOTAL,Tổng,88.25,100,,\nPAR,2024,so-b,Sở B,department,TOTAL,Tổng,91,100,2,tham-muu\n`;
const RULE_SET = readFileSync(
  path.resolve(import.meta.dirname, '../../../../data/award-rules/ninh-thuan-2022.json'),
  'utf8',
);
/** A rule-set file as the awards screen keeps it: its name and text. */
const ruleFile = (text: string) => JSON.stringify({ name: 'r.json', text });
const SETTINGS = {
  localStorage: {
    'rid.homeUnit': 'tn-so-y-te',
    'rid.awards.rule-file': ruleFile(RULE_SET.replace('"ninh-thuan-2022"', '"nt-tuy-chinh"')),
  },
  indexedDb: {},
};

async function freshEngine(): Promise<SqlEngine> {
  const engine = await startNodeEngine();
  await engine.execute(SCHEMA_STATEMENTS);
  return engine;
}

const ALL_ROWS = `SELECT dataset_id, index_code, year, unit_code, unit_name, unit_level, block, component_code,
  component_name, score, max_score, rank FROM scores ORDER BY ALL`;
const ALL_DATASETS = `SELECT dataset_id, kind, label, file_name FROM datasets ORDER BY dataset_id`;

async function importInto(engine: SqlEngine, datasetId: string, fileName: string, bytes: Uint8Array) {
  const result = await importCsv(engine, { fileName, bytes }, { datasetId, label: fileName });
  expect(result.ok).toBe(true);
}

let source: SqlEngine;
let target: SqlEngine;
let packed: Blob;

beforeEach(async () => {
  source = await freshEngine();
  await importInto(source, 'imp_a', 'noi-bo-khong-khoi.csv', readFileSync(FIXTURE));
  await importInto(source, 'imp_b', 'so-moi.csv', new TextEncoder().encode(SECOND));
  packed = await packWorkspace({
    datasets: await readImportedDatasets(source),
    settings: SETTINGS,
    appVersion: '0.1.0',
    createdAt: '2026-12-02T10:00:00.000Z',
  });
  target = await freshEngine();
  await importInto(target, 'imp_old', 'cu.csv', new TextEncoder().encode(SECOND.replace('88.25', '70')));
});

/** Rewrites one part of the packed zip, keeping (or re-signing) the manifest. */
async function tampered(name: string, edit: (text: string) => string, resign: boolean): Promise<Blob> {
  const files = unzipSync(new Uint8Array(await packed.arrayBuffer()));
  const original = files[name];
  if (!original) throw new Error(`no part ${name}`);
  files[name] = strToU8(edit(strFromU8(original)));
  if (resign) {
    const manifest = JSON.parse(strFromU8(files['manifest.json'] ?? new Uint8Array())) as {
      parts: { name: string; sha256: string }[];
    };
    for (const part of manifest.parts) if (part.name === name) part.sha256 = await sha256Hex(files[name]);
    files['manifest.json'] = strToU8(JSON.stringify(manifest));
  }
  return new Blob([zipSync(files) as Uint8Array<ArrayBuffer>]);
}

async function open(file: Blob) {
  const checked = await checkWorkspace(file, []);
  if (!checked.ok) return checked;
  return commitWorkspaceDatasets(target, checked.value.datasets);
}

describe('workspace file: pack, check, commit', () => {
  it('restores the same datasets, rows and settings in another engine, replacing what was there', async () => {
    const checked = await checkWorkspace(packed, []);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.value.manifest).toMatchObject({ format: 'reform-index-workspace', formatVersion: 1 });
    expect(checked.value.manifest.parts.map((part) => [part.name, part.rows])).toEqual([
      ['datasets/imp_a.csv', 80],
      ['datasets/imp_b.csv', 2],
      ['settings.json', 2],
    ]);
    expect(checked.value.settings).toEqual(SETTINGS);
    expect(await commitWorkspaceDatasets(target, checked.value.datasets)).toEqual({ ok: true });
    expect(await target.query(ALL_ROWS)).toEqual(await source.query(ALL_ROWS));
    expect(await target.query(ALL_DATASETS)).toEqual(await source.query(ALL_DATASETS));
  });

  it('can be opened twice: the second replaces the first', async () => {
    expect(await open(packed)).toEqual({ ok: true });
    expect(await open(packed)).toEqual({ ok: true });
    expect(await target.query(ALL_ROWS)).toEqual(await source.query(ALL_ROWS));
  });
});

describe('a bad workspace file is refused and changes nothing', () => {
  const cases: [string, () => Promise<Blob>, Record<string, unknown>][] = [
    ['not a zip', async () => new Blob(['index,year\n']), { code: 'not-zip' }],
    [
      'a part changed after packing',
      () => tampered('datasets/imp_b.csv', (text) => text.replace('91', '19'), false),
      { code: 'hash-mismatch', part: 'datasets/imp_b.csv' },
    ],
    [
      'a newer format version',
      () =>
        tampered('manifest.json', (text) => text.replace('"formatVersion": 1', '"formatVersion": 2'), false),
      { code: 'newer-version', value: 2 },
    ],
    [
      'another format',
      () => tampered('manifest.json', (text) => text.replace('reform-index-workspace', 'other'), false),
      { code: 'wrong-format', value: 'other' },
    ],
    [
      'settings with a foreign key',
      () => tampered('settings.json', (text) => text.replace('"rid.homeUnit"', '"evil"'), true),
      { code: 'bad-settings', field: 'localStorage.evil' },
    ],
  ];

  it.each(cases)('%s', async (_name, make, expected) => {
    const before = [await target.query(ALL_ROWS), await target.query(ALL_DATASETS)];
    const outcome = await open(await make());
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problem).toMatchObject(expected);
    expect([await target.query(ALL_ROWS), await target.query(ALL_DATASETS)]).toEqual(before);
  });

  it('a bad value in a re-signed dataset part is named by part, line and column; nothing changes', async () => {
    const before = [await target.query(ALL_ROWS), await target.query(ALL_DATASETS)];
    const file = await tampered('datasets/imp_b.csv', (text) => text.replace('91,100', 'abc,100'), true);
    const outcome = await open(file);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problem).toMatchObject({ code: 'dataset', part: 'datasets/imp_b.csv' });
    if (outcome.problem.code === 'dataset')
      expect(outcome.problem.issues[0]).toMatchObject({ line: 3, column: 'score' });
    expect([await target.query(ALL_ROWS), await target.query(ALL_DATASETS)]).toEqual(before);
  });

  it('a rule-set file that does not validate is named with its line and field; nothing changes', async () => {
    const before = [await target.query(ALL_ROWS), await target.query(ALL_DATASETS)];
    const file = await tampered(
      'settings.json',
      (text) => {
        const settings = JSON.parse(text) as { localStorage: Record<string, string> };
        settings.localStorage['rid.awards.rule-file'] = ruleFile(RULE_SET.replace('"ninh-thuan-2022"', '7'));
        return JSON.stringify(settings);
      },
      true,
    );
    const refused = await open(file);
    expect(refused.ok).toBe(false);
    if (refused.ok || !('problem' in refused)) throw new Error('the file should be refused');
    expect(refused.problem).toMatchObject({ code: 'rule-set', part: 'settings.json', file: 'r.json' });
    expect(refused.problem.code === 'rule-set' && refused.problem.errors[0]).toMatchObject({
      line: 3,
      path: 'id',
    });
    expect([await target.query(ALL_ROWS), await target.query(ALL_DATASETS)]).toEqual(before);
  });

  it('a later part that conflicts with an earlier one names both parts, the line and the column; rolls back both', async () => {
    const before = [await target.query(ALL_ROWS), await target.query(ALL_DATASETS)];
    // The same unit, year and component as imp_a's first row, with another score, as imp_b's line 4.
    const first = readFileSync(FIXTURE, 'utf8').split('\n')[1] ?? '';
    const clash = first.replace(/,6\.16,/, ',1,');
    const file = await tampered('datasets/imp_b.csv', (text) => `${text}${clash},\n`, true);
    const outcome = await open(file);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problem).toMatchObject({ code: 'dataset', part: 'datasets/imp_b.csv', issueCount: 1 });
    if (outcome.problem.code === 'dataset')
      expect(outcome.problem.issues).toEqual([
        { code: 'conflicts-with-loaded', line: 4, column: 'score', value: '1', hint: 'datasets/imp_a.csv' },
      ]);
    expect([await target.query(ALL_ROWS), await target.query(ALL_DATASETS)]).toEqual(before);
  });
});

describe('the registries a workspace carries are checked against its own data', () => {
  const withAdvising = async (unitCode: string) => {
    const rows = [
      { year: 2022, component: 'L1', unitCode: 'tn-so-y-te' },
      { year: 2022, component: 'L2', unitCode },
    ];
    const settings = {
      localStorage: {
        ...SETTINGS.localStorage,
        'rid.registry.advising': JSON.stringify({ source: null, rows }),
      },
      indexedDb: {},
    };
    const file = await packWorkspace({
      datasets: await readImportedDatasets(source),
      settings,
      appVersion: '0.1.0',
      createdAt: '2026-12-02T10:00:00.000Z',
    });
    const checked = await checkWorkspace(file, []);
    if (!checked.ok) throw new Error('the file should unpack');
    return commitWorkspaceDatasets(target, checked.value.datasets, { settings: checked.value.settings });
  };

  it('accepts an advising map naming units of the workspace', async () => {
    expect(await withAdvising('tn-so-cong-thuong')).toEqual({ ok: true });
    expect(await target.query(ALL_ROWS)).toEqual(await source.query(ALL_ROWS));
  });

  it('refuses a row naming no unit, with part, table, row and column; nothing changes', async () => {
    const before = [await target.query(ALL_ROWS), await target.query(ALL_DATASETS)];
    expect(await withAdvising('khong-co')).toEqual({
      ok: false,
      problem: {
        code: 'registry',
        part: 'settings.json',
        key: 'rid.registry.advising',
        problems: [{ row: 2, column: 'unit_code', code: 'unknown-unit', value: 'khong-co' }],
      },
    });
    expect([await target.query(ALL_ROWS), await target.query(ALL_DATASETS)]).toEqual(before);
  });
});
