// What the timing runs share: the engine loaded as the app loads it, a large file imported into it, and
// the printing of a query plan.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Row, SqlEngine } from '@/db/engine';
import { insertBundledFiles } from '@/sql/bundled-load';
import { DATA, loadCrosswalk, loadScores, startAnalyticsEngine } from '../../test/support/load-fixture';

/** The score files the app ships, under data/. */
const BUNDLED = ['papi.csv', 'pci.csv', 'par_index.csv', 'sipas.csv', 'ddci.csv'];

/**
 * An engine with the bundled scores (as datasets of `kind`), then `more` files under data/ (as samples),
 * then the 2025 crosswalk's lineage; the derived facts are not built.
 */
export async function startBundledEngine(
  kind: 'sample' | 'published' = 'sample',
  more: readonly string[] = [],
): Promise<SqlEngine> {
  const engine = await startAnalyticsEngine();
  for (const file of BUNDLED) await loadScores(engine, path.join(DATA, file), kind);
  for (const file of more) await loadScores(engine, path.join(DATA, file));
  await loadCrosswalk(engine, path.join(DATA, 'provinces_2025_crosswalk.csv'));
  return engine;
}

/** Hands the CSV at `file` to the engine as `<id>.csv`, for `insertImportedCsv`. */
export async function registerCsv(engine: SqlEngine, id: string, file: string): Promise<void> {
  await engine.registerFile(`${id}.csv`, readFileSync(file));
}

/** Inserts the registered `<id>.csv` as the imported dataset `id` (labelled "big"), as an import does. */
export async function insertImportedCsv(engine: SqlEngine, id: string): Promise<void> {
  await engine.query(
    "INSERT INTO datasets (dataset_id, kind, label, file_name) VALUES (?, 'imported', 'big', 'big.csv')",
    [id],
  );
  const q = insertBundledFiles([{ datasetId: id, path: `mem/${id}.csv` }]);
  await engine.query(q.text, q.params);
}

/** `registerCsv`, then `insertImportedCsv`. */
export async function importLargeCsv(engine: SqlEngine, id: string, file: string): Promise<void> {
  await registerCsv(engine, id, file);
  await insertImportedCsv(engine, id);
}

interface PlanNode {
  readonly operator_name?: string;
  readonly operator_timing?: number;
  readonly operator_cardinality?: number;
  readonly extra_info?: unknown;
  readonly children?: readonly PlanNode[];
}

/** How much of a plan to print: operators slower than `overSeconds` (and the top two levels). */
export interface PlanDetail {
  readonly overSeconds: number;
  /** Decimals of the seconds printed. */
  readonly digits: number;
  /** How much of an operator's extra info is printed. */
  readonly infoChars: number;
}

function printPlan(node: PlanNode, detail: PlanDetail, depth = 0): void {
  const time = node.operator_timing ?? 0;
  if (time > detail.overSeconds || depth < 2) {
    const info = JSON.stringify(node.extra_info ?? {}).slice(0, detail.infoChars);
    console.log(
      `${' '.repeat(depth)}${node.operator_name} ${time.toFixed(detail.digits)}s rows=${node.operator_cardinality} ${info}`,
    );
  }
  for (const child of node.children ?? []) printPlan(child, detail, depth + 1);
}

/** Prints the plans DuckDB returns for `EXPLAIN (ANALYZE, FORMAT json) …`. */
export function printPlans(rows: readonly Row[], detail: PlanDetail): void {
  for (const row of rows) printPlan(JSON.parse(String(row.explain_value)) as PlanNode, detail);
}
