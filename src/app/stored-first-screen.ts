import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { liveReader } from '@/db/reader';
import { readRows } from '@/db/rows';
import { LINEAGE_IMPORT_SOURCE } from '@/features/lineage-import/api/apply-lineage';
import { readStoredLineage } from '@/features/lineage-import/api/lineage-store';
import { cacheDelete, cacheGet, cachePut } from '@/lib/idb-store';
import { selectImportedKeys } from '@/sql/stored-rows';
import { type FirstScreenSnapshot, isFirstScreenSnapshot } from './first-screen-format';
import { answerOwnFirstScreen, overviewKeyOf } from './first-screen-queries';
import { firstScreenStamp } from './first-screen-stamp';

/**
 * The first screen over the user's own data, as this app answered it on DuckDB-WASM, kept for the
 * next visit with the stamp of what it was computed from (first-screen-stamp.ts).
 */
export interface StoredFirstScreen {
  readonly stamp: string;
  readonly snapshot: FirstScreenSnapshot;
}

const STORE = 'first-screen';
const ENTRY_ID = 'own-data';
/** Answers settle in bursts (a hand-over, an import's refetch): one capture after the last of them. */
const SETTLE_MS = 1000;
const FAMILIES = new Set(['units', 'default-home-unit', 'index-summary', 'scope-units', 'overview']);

export async function readStoredFirstScreen(): Promise<StoredFirstScreen | null> {
  try {
    const entry = await cacheGet<Partial<StoredFirstScreen>>(STORE, ENTRY_ID);
    if (!entry || typeof entry.stamp !== 'string' || !isFirstScreenSnapshot(entry.snapshot)) return null;
    return { stamp: entry.stamp, snapshot: entry.snapshot };
  } catch {
    // No IndexedDB: the first screen waits for the engine, as it did before.
    return null;
  }
}

async function forgetStoredFirstScreen(): Promise<void> {
  if (!(await readStoredFirstScreen())) return;
  await cacheDelete(STORE, ENTRY_ID).catch(() => undefined);
  performance.mark('app:first-screen-forgotten');
}

/** The engine's own-data state now, as a stamp; null when there is nothing of the user's to keep. */
async function engineStamp(build: string): Promise<string | null> {
  const rows = await readRows(liveReader(), selectImportedKeys(LINEAGE_IMPORT_SOURCE));
  // Lineage added by the user is kept as text the stamp does not cover: such a screen is not kept.
  if (rows.length === 0 || rows.some((row) => row.own_links > 0) || readStoredLineage() !== null) return null;
  return firstScreenStamp(
    build,
    rows.map((row) => ({ id: row.dataset_id, contentHash: row.content_hash })),
  );
}

const sameKey = (a: QueryKey, b: QueryKey) => JSON.stringify(a) === JSON.stringify(b);

/** The units whose cards are on screen now: the landing screen's overview queries with an observer. */
function shownUnits(client: QueryClient): string[] {
  const codes: string[] = [];
  for (const query of client.getQueryCache().findAll({ queryKey: ['overview'], type: 'active' })) {
    const code = query.queryKey[1];
    if (typeof code === 'string' && sameKey(query.queryKey, overviewKeyOf(code))) codes.push(code);
  }
  return codes;
}

const holds = (stored: StoredFirstScreen, code: string) =>
  stored.snapshot.answers.some((answer) => sameKey(answer.key, overviewKeyOf(code)));

/**
 * Answers the first screen over the loaded data and keeps it, unless the kept one is of the same
 * stamp and holds the units on screen. The stamp is read from the engine before and after the
 * answers: a write in between (an import, a removal) leaves nothing kept, and is captured next.
 */
async function captureFirstScreen(client: QueryClient, build: FirstScreenSnapshot, buildId: string) {
  const stamp = await engineStamp(buildId);
  if (stamp === null) {
    await forgetStoredFirstScreen();
    return;
  }
  const shown = shownUnits(client);
  // Kept while the landing screen is shown: on another screen the engine is left to that screen's queries.
  if (shown.length === 0) return;
  const stored = await readStoredFirstScreen();
  if (stored?.stamp === stamp && shown.every((code) => holds(stored, code))) return;
  const answers = await answerOwnFirstScreen(liveReader('quick'), shown);
  if ((await engineStamp(buildId)) !== stamp) return;
  const snapshot: FirstScreenSnapshot = { format: build.format, stamp: build.stamp, answers };
  const entry = { id: ENTRY_ID, stamp, snapshot };
  await cachePut(STORE, entry);
  performance.mark('app:first-screen-kept', { detail: { units: shown } });
}

let watching = false;

/**
 * From the hand-over on, keeps the first screen of the user's own data up to date in the browser:
 * after the live answers first arrive, and after every change that makes the screens ask again.
 */
export function keepFirstScreen(client: QueryClient, build: FirstScreenSnapshot, buildId: string): void {
  if (watching) return;
  watching = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      // Never ahead of a screen's own queries: the capture waits until none is under way.
      if (client.isFetching() > 0) {
        schedule();
        return;
      }
      // One capture at a time; a failed one (engine busy, storage refused) waits for the next change.
      running = running.then(() => captureFirstScreen(client, build, buildId)).catch(() => undefined);
    }, SETTLE_MS);
  };
  client.getQueryCache().subscribe((event) => {
    const head = event.query.queryKey[0];
    const answered =
      event.type === 'updated' && event.action.type === 'success' && FAMILIES.has(String(head));
    // The landing screen opened again on answers already in the cache: nothing is asked, but it is shown.
    if (answered || (event.type === 'observerAdded' && head === 'overview')) schedule();
  });
  schedule();
}
