import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlEngine } from '@/db/engine';
import type { Translate } from '@/domain/translate';
import { importMessages } from '@/i18n/import-messages';
import { formatIssue, issueDetail } from '@/ingest/format-issue';
import { importCsv } from '@/ingest/import-csv';
import { prepareForImport } from '@/ingest/prepare';
import { SCHEMA_STATEMENTS } from '@/sql/schema';
import { startNodeEngine } from '../../support/node-engine';

const HEADER = 'index,year,unit_code,unit_name,unit_level,component_code,component_name,score,max_score,rank';
const GOOD = `${HEADER}\nPAR,2020,01,Hà Nội,province,L3,CCTTHC,11.5,13,3\n`;
const encode = (text: string) => new TextEncoder().encode(text);
const root = path.resolve(__dirname, '../../..');
let engine: SqlEngine;

function translator(messages: Record<string, string>): Translate {
  return (key, params = {}) =>
    (messages[key] ?? `MISSING ${key}`).replace(/\{\{(\w+)\}\}/g, (_m, name: string) =>
      String(params[name] ?? ''),
    );
}

/** Every issue code the import code can emit: `code: '…'` literals and the diagnosis' `SELECT '…'`. */
function emittedCodes(): string[] {
  const files = [
    ...readdirSync(path.join(root, 'src/ingest')).map((name) => path.join('src/ingest', name)),
    'src/sql/import-diagnose.ts',
  ];
  const codes = new Set<string>();
  for (const file of files) {
    const text = readFileSync(path.join(root, file), 'utf8');
    for (const match of text.matchAll(/\bcode: '([a-z0-9-]+)'/g)) codes.add(match[1] as string);
    for (const match of text.matchAll(/SELECT '([a-z0-9-]+)', line/g)) codes.add(match[1] as string);
  }
  return [...codes].sort();
}

beforeAll(async () => {
  engine = await startNodeEngine();
  await engine.execute(SCHEMA_STATEMENTS);
});

describe('every failure is worded in the user language', () => {
  it('has a Vietnamese and an English message for every code the import can emit', () => {
    const codes = emittedCodes();
    expect(codes).toEqual(expect.arrayContaining(['already-imported', 'ambiguous-number', 'read-failed']));
    for (const code of codes) {
      expect(importMessages.vi[code], `vi ${code}`).toBeTruthy();
      expect(importMessages.en[code], `en ${code}`).toBeTruthy();
    }
  });

  it('keeps technical text out of the message and in the details line only', () => {
    const issue = {
      code: 'commit-failed',
      detail: 'TransactionContext Error: Current transaction is aborted',
    };
    const text = formatIssue(issue, translator(importMessages.vi));
    expect(text).toBe('Không lưu được dữ liệu; dữ liệu hiện có không thay đổi.');
    expect(issueDetail(issue)).toBe(issue.detail);
    expect(issueDetail({ code: 'type-error' })).toBeNull();
  });

  it('reports a reader failure as a worded format error, the engine text only as detail', async () => {
    const result = await importCsv(
      engine,
      { fileName: 'broken.csv', bytes: encode(GOOD) },
      {
        datasetId: 'imp_words_reader',
        // A prepared CSV DuckDB cannot read: what the scan would never hand over, but an engine may refuse.
        prepare: async (source) => {
          const prepared = prepareForImport(source as Uint8Array);
          return { ...prepared, csv: encode(`${HEADER}\n"PAR,2020\n`), lineBreakpoints: Int32Array.of(0, 2) };
        },
      },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const [issue] = result.errors;
    expect(issue?.code).toBe('format-error');
    expect(issue?.detail).toBeTruthy();
    const text = formatIssue(issue ?? { code: '' }, translator(importMessages.vi));
    expect(text.startsWith('Không đọc được tệp như một tệp CSV') || text.includes(': Không đọc được')).toBe(
      true,
    );
    expect(text).not.toContain(issue?.detail ?? '');
  });

  it('reports a file the reader cannot open as read-failed, not as a thrown error', async () => {
    const result = await importCsv(
      engine,
      { fileName: 'gone.csv', bytes: encode(GOOD) },
      {
        datasetId: 'imp_words_gone',
        prepare: () => Promise.reject(new Error('NotReadableError: the file could not be read')),
      },
    );
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'read-failed' }] });
    if (!result.ok) expect(result.errors[0]?.detail).toContain('NotReadableError');
    const [datasets] = await engine.query('SELECT count(*)::INTEGER AS n FROM datasets');
    expect(Number(datasets?.n)).toBe(0);
  });
});
