/**
 * A dataset's checked rows, kept in the browser as DuckDB wrote them, and read back at start-up.
 *
 * Why Arrow IPC and not Parquet: DuckDB-WASM 1.32 has no Parquet reader or writer of its own; it
 * loads one as an extension, which the app never does (offline, strict CSP, autoloading off). Arrow
 * is DuckDB-WASM's native exchange format: typed columns, read back by `insertArrowFromIPCStream`
 * without any parsing. Gzip (the browser's CompressionStream) brings it below the CSV's size.
 */
import type { SqlEngine } from '@/db/engine';
import { readRows } from '@/db/rows';
import { gunzipBlob, gzipBlob } from '@/lib/gzip';
import { type PersistedRowsImport, STORED_ROWS_KIND } from '@/lib/persisted-imports';
import type { RestoreReason } from '@/lib/restore-problems';
import {
  BEGIN,
  COMMIT,
  countLoadedConflicts,
  deleteRowsAlreadyLoaded,
  insertImportedDataset,
  ROLLBACK,
  selectDatasetByContent,
  selectDatasetExists,
} from '@/sql/import-checks';
import {
  DROP_RESTORE_TABLE,
  describeRestoreTable,
  insertRestoredScores,
  RESTORE_TABLE,
  STORED_SCORE_COLUMNS,
  selectDatasetRecord,
  selectDatasetRows,
} from '@/sql/stored-rows';
import { MAX_IMPORT_ROWS } from './size-limit';
import { markStage } from './stage-mark';

/** Rows per stored part: a part's IPC (about 37 MB) is all the page holds at once. */
export const PART_ROWS = 250_000;

/** Why a stored dataset was not restored. */
export type RestoreFailure = Exclude<RestoreReason, 'rejected'>;

/** Reads an imported dataset's committed rows into a storable entry; null when it is not loaded. */
export async function snapshotDataset(
  engine: SqlEngine,
  datasetId: string,
  partRows = PART_ROWS,
): Promise<PersistedRowsImport | null> {
  const [record] = await readRows(engine, selectDatasetRecord(datasetId));
  if (!record) return null;
  const parts: Blob[] = [];
  const rowCount = await engine.exportArrow(selectDatasetRows(datasetId), partRows, async (ipc) => {
    parts.push(await gzipBlob(ipc));
  });
  markStage('snapshot-written');
  return {
    kind: STORED_ROWS_KIND,
    id: datasetId,
    fileName: record.file_name,
    label: record.label,
    addedAt: record.added_at ?? '',
    contentHash: record.content_hash,
    rowCount,
    parts,
  };
}

/** Thrown inside the restore's transaction to roll it back with a reason. */
class Refused extends Error {
  constructor(readonly reason: RestoreFailure) {
    super(reason);
  }
}

/** A part's Arrow bytes; a part that cannot be unzipped refuses the whole dataset. */
function unzipPart(part: Blob): Promise<Uint8Array> {
  const unzipped = gunzipBlob(part).catch(() => {
    throw new Refused('corrupted');
  });
  // Read ahead of its turn: when an earlier part fails first, this one's failure is not reported.
  unzipped.catch(() => undefined);
  return unzipped;
}

async function readParts(engine: SqlEngine, entry: PersistedRowsImport): Promise<void> {
  const { parts } = entry;
  // The next part is unzipped on the page while DuckDB's worker appends this one: at most two are held.
  let next = parts[0] ? unzipPart(parts[0]) : null;
  for (let index = 0; next; index += 1) {
    const ipc = await next;
    const following = parts[index + 1];
    next = following ? unzipPart(following) : null;
    await engine.appendArrow(RESTORE_TABLE, ipc, index === 0);
  }
  const [read] = await readRows(engine.writer, describeRestoreTable());
  if (read?.columns !== STORED_SCORE_COLUMNS.join(',')) throw new Refused('old-format');
  if (read.row_count !== entry.rowCount) throw new Refused('corrupted');
}

async function moveIntoScores(engine: SqlEngine, entry: PersistedRowsImport): Promise<void> {
  const { writer } = engine;
  const run = (q: { text: string; params: readonly (string | number | boolean | null)[] }) =>
    writer.query(q.text, q.params);
  const [exists] = await readRows(writer, selectDatasetExists(entry.id));
  if ((exists?.n ?? 0) > 0) throw new Refused('already-loaded');
  if (entry.contentHash) {
    const [twin] = await readRows(writer, selectDatasetByContent(entry.contentHash));
    if (twin) throw new Refused('already-loaded');
  }
  await run(insertRestoredScores(entry.id));
  await writer.execute([DROP_RESTORE_TABLE]);
  // Newer bundled data may now hold some of these keys: differing values refuse, equal ones are dropped.
  const [counts] = await readRows(writer, countLoadedConflicts(entry.id));
  if ((counts?.problems ?? 0) > 0) throw new Refused('conflict');
  if ((counts?.identical_loaded ?? 0) > 0) await run(deleteRowsAlreadyLoaded(entry.id));
  await run(insertImportedDataset(entry.id, entry.label, entry.fileName, entry.addedAt, entry.contentHash));
}

/**
 * Reads a stored dataset back in one transaction on the writer: all of its rows or none. Null when
 * restored, else why not. Nothing of the CSV is read again.
 */
export async function restoreSnapshot(
  engine: SqlEngine,
  entry: PersistedRowsImport,
  loadedRows = 0,
): Promise<RestoreFailure | null> {
  if (entry.rowCount + loadedRows > MAX_IMPORT_ROWS) return 'too-large';
  const { writer } = engine;
  await writer.execute([BEGIN]);
  try {
    await readParts(engine, entry);
    await moveIntoScores(engine, entry);
    await writer.execute([COMMIT]);
    markStage('restored-rows');
    return null;
  } catch (error) {
    await writer.execute([ROLLBACK]).catch(() => undefined);
    await writer.execute([DROP_RESTORE_TABLE]).catch(() => undefined);
    return error instanceof Refused ? error.reason : 'corrupted';
  }
}
