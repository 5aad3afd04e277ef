import type { SqlEngine } from '@/db/engine';
import { readRows } from '@/db/rows';
import { type ImportOptions, importCsv } from '@/ingest/import-csv';
import type { ImportIssue } from '@/ingest/types';
import type { DatasetPart, WorkspaceSettings } from '@/lib/workspace/format';
import type { WorkspaceProblem } from '@/lib/workspace/problems';
import { BEGIN, COMMIT, ROLLBACK } from '@/sql/import-checks';
import { deleteAllImported, selectImportedDatasets } from '@/sql/workspace';
import { checkWorkspaceRegistries } from './check-registries';

/** The id the diagnosis of a refused part runs under: never a real dataset's. */
const DIAGNOSIS_ID = 'workspace_check';

export interface CommitOptions {
  readonly prepare?: ImportOptions['prepare'];
  /** Hears how many datasets are checked and stored so far (0–1). */
  readonly onProgress?: (fraction: number) => void;
  /** The workspace's settings: its registries are checked against its datasets before the commit. */
  readonly settings?: WorkspaceSettings;
}

export type CommitOutcome = { ok: true } | { ok: false; problem: WorkspaceProblem };

type Entry = { readonly part: DatasetPart; readonly csv: Uint8Array };

/** A conflict with another part of the same file names that part (the file inside the zip), not its id. */
function withPartNames(issues: readonly ImportIssue[], datasets: readonly Entry[]): ImportIssue[] {
  const names = new Map(datasets.map(({ part }) => [part.datasetId, part.name]));
  return issues.map((issue) => {
    const name = issue.code === 'conflicts-with-loaded' ? names.get(issue.hint ?? '') : undefined;
    return name === undefined ? issue : { ...issue, hint: name };
  });
}

/**
 * After the rollback: the part alone, as a CSV import that changes nothing, names each error by line.
 * It runs beside the imports the workspace would replace, so conflicts with those are not its errors.
 */
async function diagnosePart(
  engine: SqlEngine,
  entry: { readonly part: DatasetPart; readonly csv: Uint8Array },
  replaced: ReadonlySet<string>,
  fallback: readonly ImportIssue[],
  prepare: ImportOptions['prepare'],
): Promise<WorkspaceProblem> {
  const { part, csv } = entry;
  const alone = await importCsv(
    engine,
    { fileName: part.fileName, bytes: csv.slice() },
    { datasetId: DIAGNOSIS_ID, label: part.label, dryRun: true, prepare },
  );
  const own = alone.ok
    ? []
    : alone.errors.filter(
        (issue) => !(issue.code === 'conflicts-with-loaded' && replaced.has(issue.hint ?? '')),
      );
  const dropped = alone.ok ? 0 : alone.errors.length - own.length;
  const issues = own.length > 0 ? own : fallback;
  const issueCount = own.length > 0 && !alone.ok ? alone.errorCount - dropped : issues.length;
  return { code: 'dataset', part: part.name, issues, issueCount };
}

/**
 * The workspace's datasets replace the imported ones in ONE transaction on the writer: the old ones
 * are deleted, each part goes through the CSV import's checks (against the bundled data and the parts
 * before it), and only if every part passes is anything committed. The caller runs this alone on the
 * writer (changeScores → exclusiveWrite).
 */
export async function commitWorkspaceDatasets(
  engine: SqlEngine,
  datasets: readonly { readonly part: DatasetPart; readonly csv: Uint8Array }[],
  options: CommitOptions = {},
): Promise<CommitOutcome> {
  const { writer } = engine;
  const listed = await readRows(writer, selectImportedDatasets());
  const replaced = new Set(listed.map((row) => row.dataset_id));
  await writer.execute([BEGIN]);
  let open = true;
  const abandon = async <P extends WorkspaceProblem | null>(problem: P) => {
    open = false;
    await writer.execute([ROLLBACK]);
    return { ok: false as const, problem };
  };
  try {
    for (const step of deleteAllImported()) await writer.query(step.text, step.params);
    for (const [position, entry] of datasets.entries()) {
      const { part, csv } = entry;
      const result = await importCsv(
        engine,
        { fileName: part.fileName, bytes: csv.slice() },
        { datasetId: part.datasetId, label: part.label, transaction: 'caller', prepare: options.prepare },
      );
      if (!result.ok) {
        await abandon(null);
        // Errors found in the transaction name conflicts with the parts before this one, by line.
        const problem: WorkspaceProblem = result.needsDiagnosis
          ? await diagnosePart(engine, entry, replaced, result.errors, options.prepare)
          : {
              code: 'dataset',
              part: part.name,
              issues: withPartNames(result.errors, datasets),
              issueCount: result.errorCount,
            };
        return { ok: false, problem };
      }
      const found = result.rowCount + result.skippedDuplicateRows;
      if (found !== part.rows)
        return abandon({ code: 'row-count', part: part.name, expected: part.rows, found });
      options.onProgress?.((position + 1) / Math.max(datasets.length, 1));
    }
    const registries = options.settings ? await checkWorkspaceRegistries(writer, options.settings) : null;
    if (registries) return abandon(registries);
    open = false;
    await writer.execute([COMMIT]);
    return { ok: true };
  } catch (error) {
    if (open) await writer.execute([ROLLBACK]).catch(() => undefined);
    throw error;
  }
}
