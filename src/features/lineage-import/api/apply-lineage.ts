import { changeScores, database } from '@/db/database';
import type { SqlEngine } from '@/db/engine';
import { runInTransaction } from '@/db/transaction';
import type { LineageLink } from '@/domain/lineage';
import { deleteLineageSource, insertLineage } from '@/sql/lineage';
import { readStoredLineage, storeLineage } from './lineage-store';

/** The `lineage.source` of the user's links: replacing or removing them leaves the crosswalk alone. */
export const LINEAGE_IMPORT_SOURCE = 'user-import';

/**
 * Re-applies the lineage kept in this browser. Called at start-up right after the crosswalk, before
 * the derived tables are built, so ranks and deltas see the mergers from the first screen on. A
 * stored entry the engine refuses is dropped rather than blocking the start.
 */
export async function restoreLineageImport(engine: SqlEngine): Promise<void> {
  const stored = readStoredLineage();
  if (!stored || stored.links.length === 0) return;
  const statement = insertLineage(stored.links, LINEAGE_IMPORT_SOURCE);
  try {
    await engine.writer.query(statement.text, statement.params);
  } catch {
    storeLineage(null);
  }
}

export interface AppliedLineage {
  readonly count: number;
  /** False when the links could not be kept in this browser (too large, or storage disabled). */
  readonly persisted: boolean;
}

/** Replaces the previous import in one transaction, keeps it, then rebuilds ranks and deltas. */
export async function applyLineageImport(
  fileName: string,
  links: readonly LineageLink[],
): Promise<AppliedLineage> {
  const engine = await database();
  await changeScores(() =>
    runInTransaction(engine, [
      deleteLineageSource(LINEAGE_IMPORT_SOURCE),
      insertLineage(links, LINEAGE_IMPORT_SOURCE),
    ]),
  );
  const persisted = storeLineage({ fileName, importedAt: new Date().toISOString(), links });
  return { count: links.length, persisted };
}

export async function removeLineageImport(): Promise<void> {
  const engine = await database();
  await changeScores(() => runInTransaction(engine, [deleteLineageSource(LINEAGE_IMPORT_SOURCE)]));
  storeLineage(null);
}
