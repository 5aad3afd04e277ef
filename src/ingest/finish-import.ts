import type { SqlConnection } from '@/db/engine';
import { readRows } from '@/db/rows';
import { CATALOGUE, isIndexCode } from '@/domain/catalogue';
import {
  type AllowedCodes,
  countImportProblems,
  countKeysAndViolations,
  countLoadedConflicts,
  countViolations,
  deleteRepeatedRows,
  deleteRowsAlreadyLoaded,
  insertImportedDataset,
  selectImportedCoverage,
  selectUnitNameMismatches,
} from '@/sql/import-checks';
import type { Query } from '@/sql/query';
import { markStage } from './stage-mark';
import type { ImportIssue, ImportResult, Prepared } from './types';

interface Target {
  datasetId: string;
  allowed: AllowedCodes;
  /** The scan proved the keys distinct (a confirmed early insert): DuckDB need not count them. */
  keysKnownDistinct: boolean;
  label: string;
  fileName: string;
  progress: (stage: 'checking' | 'saving', fraction: number) => void;
}

const LISTED = 10;

function run(engine: SqlConnection, q: Query) {
  return engine.query(q.text, q.params);
}

function knownComponent(index: string, component: string): boolean {
  if (!isIndexCode(index)) return false;
  return CATALOGUE.indices.some(
    (def) => def.code === index && def.components.some((c) => c.code === component),
  );
}

async function coverageWarnings(engine: SqlConnection, datasetId: string) {
  const coverage = await readRows(engine, selectImportedCoverage(datasetId));
  const unknown = new Map<string, number>();
  for (const row of coverage) {
    const key = `${row.index_code}:${row.component_code}`;
    if (!knownComponent(row.index_code, row.component_code) && !unknown.has(key)) {
      unknown.set(key, row.line);
    }
  }
  const warnings: ImportIssue[] = [];
  if (unknown.size > 0) {
    const codes = [...unknown.keys()];
    warnings.push({
      code: 'unknown-component',
      line: Math.min(...unknown.values()),
      column: 'component_code',
      value: codes.slice(0, LISTED).join(', '),
      count: codes.length,
    });
  }
  const indices = [...new Set(coverage.map((row) => row.index_code))].sort();
  const years = [...new Set(coverage.map((row) => row.year))].sort((a, b) => a - b);
  const rowCount = coverage.reduce((sum, row) => sum + row.row_count, 0);
  return { warnings, indices, years, rowCount };
}

/**
 * Inside the open transaction, after the optimistic insert: null when a rule is broken (the caller
 * rolls back and diagnoses); a rejection when nothing new is left (the caller rolls back); otherwise
 * drops repeated rows, records the dataset and returns the result.
 */
export async function finishImport(
  engine: SqlConnection,
  prepared: Prepared,
  target: Target,
): Promise<ImportResult | null> {
  const { datasetId } = target;
  const [hashes] = target.keysKnownDistinct
    ? (await readRows(engine, countViolations(datasetId, target.allowed))).map((r) => ({
        ...r,
        distinct: true,
      }))
    : (await readRows(engine, countKeysAndViolations(datasetId, target.allowed))).map((r) => ({
        ...r,
        distinct: r.row_count === r.key_count,
      }));
  markStage('rules-checked');
  if (!hashes || hashes.violations > 0) return null;
  const keysDistinct = hashes.distinct;
  const [counts] = await readRows(
    engine,
    keysDistinct ? countLoadedConflicts(datasetId) : countImportProblems(datasetId),
  );
  markStage('keys-checked');
  if (!counts || counts.problems > 0) return null;
  const repeated = counts.identical_in_file;
  const alreadyLoaded = counts.identical_loaded;
  target.progress('saving', 0);
  if (repeated > 0) await run(engine, deleteRepeatedRows(datasetId));
  if (alreadyLoaded > 0) await run(engine, deleteRowsAlreadyLoaded(datasetId));
  const warnings = [...prepared.warnings];
  if (repeated > 0) warnings.push({ code: 'duplicate-row', count: repeated });
  if (alreadyLoaded > 0) warnings.push({ code: 'already-loaded', count: alreadyLoaded });
  const mismatches = await readRows(engine, selectUnitNameMismatches(datasetId));
  const firstMismatch = mismatches[0];
  if (firstMismatch) {
    warnings.push({
      code: 'unit-name-mismatch',
      line: firstMismatch.line,
      column: 'unit_name',
      value: mismatches
        .slice(0, LISTED)
        .map((row) => row.unit_code)
        .join(', '),
      count: mismatches.length,
    });
  }
  markStage('names-checked');
  const coverage = await coverageWarnings(engine, datasetId);
  markStage('coverage');
  warnings.push(...coverage.warnings);
  const rowCount = coverage.rowCount;
  // Every row is already loaded: storing it would make a dataset of 0 rows that takes them over later.
  if (rowCount === 0) {
    return { ok: false, errors: [{ code: 'nothing-new', count: alreadyLoaded }], errorCount: 1, warnings };
  }
  const addedAt = new Date().toISOString();
  await run(
    engine,
    insertImportedDataset(datasetId, target.label, target.fileName, addedAt, prepared.contentHash ?? null),
  );
  target.progress('saving', 0.9);
  return {
    ok: true,
    datasetId,
    rowCount,
    skippedDuplicateRows: repeated + alreadyLoaded,
    warnings,
    indices: coverage.indices,
    years: coverage.years,
  };
}
