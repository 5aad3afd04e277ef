import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Row, SqlEngine } from '@/db/engine';
import { checkRows, type RowQuery } from '@/db/rows';
import { runInTransaction } from '@/db/transaction';
import { parseCrosswalk } from '@/domain/crosswalk-csv';
import { crosswalkToLinks } from '@/domain/lineage';
import { insertBundledDatasets, insertBundledFiles } from '@/sql/bundled-load';
import { insertLineage } from '@/sql/lineage';
import type { Query } from '@/sql/query';
import { fillReferenceTables, REFERENCE_TABLE_STATEMENTS } from '@/sql/reference-tables';
import { SCHEMA_STATEMENTS } from '@/sql/schema';
import { refreshScoreFacts } from '@/sql/score-facts';
import { UNITS_VIEW_STATEMENT } from '@/sql/units';
import { startNodeEngine } from './node-engine';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const FIXTURES = path.join(ROOT, 'test/fixtures/analytics');
export const DATA = path.join(ROOT, 'data');

/**
 * Runs a query; one that declares its row is checked against it, as db/ does in the app, so every
 * golden and SQL test also proves the declared row matches what DuckDB returns.
 */
export async function run(engine: SqlEngine, q: Query | RowQuery<unknown>): Promise<Row[]> {
  const rows = await engine.query(q.text, q.params);
  if ('row' in q) checkRows(q, rows);
  return rows;
}

/** One engine per test file: schema, reference tables from the catalogue, the units view. */
export async function startAnalyticsEngine(): Promise<SqlEngine> {
  const engine = await startNodeEngine();
  await engine.execute(SCHEMA_STATEMENTS);
  await engine.execute(REFERENCE_TABLE_STATEMENTS);
  for (const q of fillReferenceTables()) await run(engine, q);
  await engine.execute([UNITS_VIEW_STATEMENT]);
  return engine;
}

/**
 * Loads a long-layout CSV (fixture name, or an absolute path) as its own dataset, of the sample kind
 * unless told otherwise; `imported` stands for a file the user imported (same rows, other kind).
 */
export async function loadScores(
  engine: SqlEngine,
  file: string,
  kind: 'sample' | 'published' | 'imported' = 'sample',
): Promise<void> {
  const full = path.isAbsolute(file) ? file : path.join(FIXTURES, file);
  const name = path.basename(full).replace(/_/g, '-');
  const id = name.replace(/\.csv$/, '');
  await engine.registerFile(name, readFileSync(full));
  await run(
    engine,
    insertBundledDatasets([
      {
        datasetId: id,
        kind: kind === 'imported' ? 'sample' : kind,
        label: id,
        fileName: name,
        source: 'test',
      },
    ]),
  );
  await run(engine, insertBundledFiles([{ datasetId: id, path: `mem/${name}` }]));
  if (kind === 'imported') {
    await engine.query("UPDATE datasets SET kind = 'imported' WHERE dataset_id = ?", [id]);
  }
}

export async function loadCrosswalk(engine: SqlEngine, file: string): Promise<void> {
  const links = crosswalkToLinks(parseCrosswalk(readFileSync(file, 'utf8')));
  await run(engine, insertLineage(links, path.basename(file)));
}

/** Brings `score_facts` up to date (as the app does after a change): after loading scores and lineage. */
export async function refreshFacts(engine: SqlEngine): Promise<void> {
  await runInTransaction(engine, refreshScoreFacts());
}

/** DuckDB's binder accepts the statement (tables, columns, types, placeholders). */
export async function explain(engine: SqlEngine, q: Query): Promise<Row[]> {
  return engine.query(`EXPLAIN ${q.text}`, q.params);
}

/** Rounds numbers so golden files do not depend on the last bits of floating point. */
export function rounded(rows: readonly Row[], digits = 4): Row[] {
  const factor = 10 ** digits;
  return rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([key, value]) => [
        key,
        typeof value === 'number' ? Math.round(value * factor) / factor : value,
      ]),
    ),
  );
}

/** Path of a golden file, for `expect(json).toMatchFileSnapshot(golden('x'))`. */
export function golden(name: string): string {
  return path.join(ROOT, 'test/golden', `${name}.json`);
}

export function asJson(rows: readonly Row[]): string {
  return `${JSON.stringify(rounded(rows), null, 2)}\n`;
}

/** What an SQL test file loads: score files (fixture names or absolute paths), a crosswalk file, the facts. */
export interface EngineContents {
  readonly scores: readonly string[];
  /** Absolute path of a crosswalk CSV whose links are loaded as lineage after the scores. */
  readonly crosswalk?: string;
  /** Whether `score_facts` is built last (the default), as the app does after a change. */
  readonly facts?: boolean;
}

/** An engine with these score files, then the crosswalk's lineage, then (unless told not to) the facts. */
export async function startEngineWith({
  scores,
  crosswalk,
  facts = true,
}: EngineContents): Promise<SqlEngine> {
  const engine = await startAnalyticsEngine();
  for (const file of scores) await loadScores(engine, file);
  if (crosswalk !== undefined) await loadCrosswalk(engine, crosswalk);
  if (facts) await refreshFacts(engine);
  return engine;
}

/** The usual set-up of an SQL test file: an engine with these score files and its derived facts built. */
export function startEngineWithFacts(...files: string[]): Promise<SqlEngine> {
  return startEngineWith({ scores: files });
}
