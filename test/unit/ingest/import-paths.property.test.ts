import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlEngine } from '@/db/engine';
import { prepareHere } from '@/ingest/early-insert';
import { importCsv } from '@/ingest/import-csv';
import type { ImportIssue, ImportResult } from '@/ingest/types';
import { buildDatasetList, buildRemoveImportedDataset } from '@/sql/datasets';
import { buildIndexCoverage } from '@/sql/index-summary';
import { buildOverview } from '@/sql/overview';
import { buildSeries } from '@/sql/series';
import { buildWeakScreen } from '@/sql/weak-extra';
import { run, startEngineWithFacts } from '../../support/load-fixture';

/*
 * Random long files, valid or with one corruption, through the fast path (the early typed insert when
 * the file allows it) and the careful path (scan, strict casts, staging): the same verdict and the same
 * errors. After every rejected or cancelled import the stored data is unchanged and every screen's SQL
 * still runs on the read connection.
 */

const HEADER = ['index', 'year', 'unit_code', 'unit_name', 'unit_level', 'component_code', 'component_name'];
const TAIL = ['score', 'max_score', 'rank'];
type Corruption =
  | 'none'
  | 'garbage-score'
  | 'invisible-name'
  | 'unknown-index'
  | 'bad-year'
  | 'missing-cell'
  | 'over-max'
  | 'ambiguous';
const EXPECTED: Record<Exclude<Corruption, 'none'>, string> = {
  'garbage-score': 'type-error',
  'invisible-name': 'invisible-character',
  'unknown-index': 'unknown-index',
  'bad-year': 'type-error',
  'missing-cell': 'missing-value',
  'over-max': 'constraint-error',
  ambiguous: 'ambiguous-number',
};

interface Spec {
  keys: { unit: number; component: string; year: number }[];
  scores: number[];
  ranks: (number | null)[];
  delimiter: ',' | ';';
  decimalComma: boolean;
  percent: boolean;
  ends: string[];
  corruption: Corruption;
  at: number;
  cancel: boolean;
}

const spec: fc.Arbitrary<Spec> = fc
  .record({
    keys: fc.uniqueArray(
      fc.record({
        unit: fc.integer({ min: 1, max: 12 }),
        component: fc.constantFrom('TOTAL', 'C1', 'C2'),
        year: fc.integer({ min: 2001, max: 2003 }),
      }),
      { minLength: 2, maxLength: 25, selector: (k) => `${k.unit}/${k.component}/${k.year}` },
    ),
    delimiter: fc.constantFrom(',' as const, ';' as const),
    decimalComma: fc.boolean(),
    percent: fc.boolean(),
    corruption: fc.constantFrom<Corruption>(
      'none',
      'none',
      'garbage-score',
      'invisible-name',
      'unknown-index',
      'bad-year',
      'missing-cell',
      'over-max',
      'ambiguous',
    ),
    cancel: fc.boolean(),
    seed: fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 80, maxLength: 80 }),
  })
  .map(({ seed, ...rest }) => {
    const n = rest.keys.length;
    const pick = (i: number) => seed[i % seed.length] ?? 0;
    return {
      ...rest,
      scores: rest.keys.map((_, i) => (pick(i) % 10_000) / 100),
      ranks: rest.keys.map((_, i) => (pick(i + 30) % 3 === 0 ? null : (pick(i + 30) % 60) + 1)),
      ends: Array.from({ length: n + 1 }, (_, i) => ['\n', '\r\n', '\r'][pick(i + 50) % 3] ?? '\n'),
      at: pick(79) % n,
    };
  });

function numberText(value: number, s: Spec): string {
  const text = s.decimalComma ? String(value).replace('.', ',') : String(value);
  return s.percent ? `${text}%` : text;
}

function cell(text: string, delimiter: string): string {
  return text.includes(delimiter) || text.includes('"') ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The file a spec describes, with at most one corruption at row `at`. */
function csvOf(s: Spec): string {
  const lines = [[...HEADER, ...TAIL].join(s.delimiter)];
  s.keys.forEach((key, i) => {
    const bad = i === s.at ? s.corruption : 'none';
    // An ambiguous cell needs a dot decimal elsewhere in the file to be ambiguous.
    let score = numberText(s.scores[i] ?? 0, s);
    if (s.corruption === 'ambiguous') score = i === s.at ? '11,050' : `${Math.floor(s.scores[i] ?? 0)}.5`;
    if (bad === 'garbage-score') score = '85..3';
    if (bad === 'over-max') score = '150';
    const cells = [
      bad === 'unknown-index' ? 'XYZ' : 'PCI',
      bad === 'bad-year' ? `${key.year}x` : String(key.year),
      `u${key.unit}`,
      bad === 'invisible-name' ? `Đơn\u200dvị ${key.unit}` : `Đơn vị ${key.unit}, tỉnh`,
      'province',
      key.component,
      key.component === 'TOTAL' ? 'Tổng' : `Thành phần ${key.component}`,
      score,
      '100',
      String(s.ranks[i] ?? ''),
    ];
    if (bad === 'missing-cell') cells.pop();
    lines.push(cells.map((text) => cell(text, s.delimiter)).join(s.delimiter));
  });
  return lines.map((line, i) => line + (s.ends[i] ?? '\n')).join('');
}

let engine: SqlEngine;
let counter = 0;
const where = (issue: ImportIssue) => ({ code: issue.code, line: issue.line, column: issue.column });

async function stored() {
  const datasets = await run(engine, buildDatasetList());
  return datasets.map((d) => ({ id: d.dataset_id, rows: d.row_count, label: d.label }));
}

/** Every screen's SQL on the read connection: it must run, whatever the writes did. */
async function screensRun() {
  await run(engine, buildOverview('ha-noi'));
  await run(engine, buildIndexCoverage());
  await run(
    engine,
    buildWeakScreen({
      index: 'PAPI',
      year: 2019,
      peer: { by: 'level', level: 'province' },
      levels: [],
      blocks: [],
      criteria: { lowMode: 'pct', lowThreshold: 50, fallRankPlaces: 2 },
    }),
  );
  await run(engine, buildSeries({ index: 'PCI', units: ['u1', 'u2'], from: 2001, to: 2003 }));
}

async function importOnce(bytes: Uint8Array, careful: boolean, signal?: AbortSignal): Promise<ImportResult> {
  counter += 1;
  return importCsv(
    engine,
    { fileName: 'random.csv', bytes: bytes.slice() },
    {
      datasetId: `imp_prop_${counter}`,
      // Without `early` the scan never confirms the early insert: the careful path always runs.
      ...(careful ? { prepare: (source, options) => prepareHere(source, { ...options, early: false }) } : {}),
      ...(signal
        ? {
            signal,
            onProgress: (stage: string, fraction: number) => {
              if (stage === 'checking' && fraction > 0) (signal as AbortSignal & { stop: () => void }).stop();
            },
          }
        : {}),
    },
  );
}

async function removeIfStored(result: ImportResult) {
  if (result.ok)
    for (const q of buildRemoveImportedDataset(result.datasetId)) await engine.writer.query(q.text, q.params);
}

async function rowsOf(result: ImportResult) {
  if (!result.ok) return [];
  return engine.query(
    'SELECT index_code, year, unit_code, unit_name, component_code, score, max_score, rank, source_line FROM scores WHERE dataset_id = ? ORDER BY source_line',
    [result.datasetId],
  );
}

beforeAll(async () => {
  engine = await startEngineWithFacts('papi-mini.csv');
}, 60_000);

describe('fast and careful paths agree on random files', () => {
  it('gives one verdict and leaves every screen working', { timeout: 240_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(spec, async (s) => {
        const bytes = new TextEncoder().encode(csvOf(s));
        const before = await stored();
        const fast = await importOnce(bytes, false);
        const fastRows = await rowsOf(fast);
        await removeIfStored(fast);
        const careful = await importOnce(bytes, true);
        const carefulRows = await rowsOf(careful);
        await removeIfStored(careful);

        expect(careful.ok).toBe(fast.ok);
        if (s.corruption === 'none') expect(fast.ok).toBe(true);
        else {
          expect(fast.ok).toBe(false);
          if (!fast.ok) expect(fast.errors.map((e) => e.code)).toContain(EXPECTED[s.corruption]);
        }
        if (!fast.ok && !careful.ok) expect(careful.errors.map(where)).toEqual(fast.errors.map(where));
        expect(carefulRows).toEqual(fastRows);
        expect(await stored()).toEqual(before);
        await screensRun();

        if (s.cancel) {
          const abort = new AbortController();
          const signal = Object.assign(abort.signal, { stop: () => abort.abort() });
          const outcome = await importOnce(bytes, false, signal).catch((error: unknown) => error);
          // A valid file reaches the checks, where the cancel lands; a bad one is refused before them.
          if (s.corruption === 'none') expect(outcome).toMatchObject({ name: 'AbortError' });
          if (outcome && typeof outcome === 'object' && 'ok' in outcome)
            await removeIfStored(outcome as ImportResult);
          expect(await stored()).toEqual(before);
          await screensRun();
        }
      }),
      { numRuns: 30 },
    );
  });
});
