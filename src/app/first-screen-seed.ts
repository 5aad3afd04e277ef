import snapshotUrls from 'virtual:first-screen-snapshot';
import { hashKey, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { readStoredLineage } from '@/features/lineage-import/api/lineage-store';
import { MAX_IMPORT_ROWS } from '@/ingest/size-limit';
import { type ListedImport, listPersistedImports } from '@/lib/persisted-imports';
import { getRestoreProblems, subscribeRestoreProblems } from '@/lib/restore-problems';
import { engineRequested } from './boot-database';
import { type FirstScreenSnapshot, isFirstScreenSnapshot } from './first-screen-format';
import { firstScreenStamp, storedImportKeys } from './first-screen-stamp';
import {
  forgetStoredFirstScreen,
  keepFirstScreen,
  readStoredFirstScreen,
  type StoredFirstScreen,
} from './stored-first-screen';

/**
 * What the first screen can draw before the engine answers: the build's answers ('build'), or, once the
 * user has own data, the ones this app answered over it on an earlier visit ('stored', when their stamp
 * equals the data a reload loads); else nothing ('own-data': the figures wait for the engine, or
 * 'none': there is no snapshot).
 */
export type FirstScreenSeed =
  | { readonly kind: 'snapshot'; readonly source: 'build' | 'stored'; readonly snapshot: FirstScreenSnapshot }
  | { readonly kind: 'own-data' }
  | { readonly kind: 'none' };

async function fetchSnapshot(url: string): Promise<FirstScreenSnapshot | null> {
  const response = await fetch(url, { priority: 'high' });
  if (!response.ok) return null;
  const body: unknown = await response.json();
  return isFirstScreenSnapshot(body) ? body : null;
}

/**
 * This build: its code (the hashed name of this chunk, which changes with any code it imports) and the
 * stamp of the bundled data and SQL its snapshot was answered from. A kept screen of another build is
 * never used.
 */
const buildIdOf = (build: FirstScreenSnapshot) =>
  JSON.stringify([import.meta.url, build.stamp.data, build.stamp.sql]);

async function chooseSeed(
  build: FirstScreenSnapshot | null,
  imports: readonly ListedImport[],
  stored: StoredFirstScreen | null,
): Promise<FirstScreenSeed> {
  // A stored lineage file: the live engine will load it, and no snapshot covers it.
  const lineage = readStoredLineage() !== null;
  if (!lineage && imports.length === 0)
    return build ? { kind: 'snapshot', source: 'build', snapshot: build } : { kind: 'none' };
  const keys = storedImportKeys(imports);
  // Known before the restore reads a byte: it refuses imports that together exceed the limit.
  const rows = imports.reduce((sum, entry) => sum + (entry.kind === 'arrow-rows-v1' ? entry.rowCount : 0), 0);
  if (rows > MAX_IMPORT_ROWS) return { kind: 'own-data' };
  if (build && !lineage && keys && stored?.stamp === firstScreenStamp(buildIdOf(build), keys))
    return { kind: 'snapshot', source: 'stored', snapshot: stored.snapshot };
  return { kind: 'own-data' };
}

let building: Promise<FirstScreenSnapshot | null> | null = null;
let loading: Promise<FirstScreenSeed> | null = null;
let provinces: Promise<FirstScreenSnapshot | null> | null = null;

/** Started by start-early.ts beside the engine; the gate asks for the same promise. */
export function loadFirstScreenSeed(): Promise<FirstScreenSeed> {
  const urls = snapshotUrls;
  building ??= urls === null ? Promise.resolve(null) : fetchSnapshot(urls.first).catch(() => null);
  loading ??= Promise.all([building, listPersistedImports(), readStoredFirstScreen()]).then(
    ([build, imports, stored]) => chooseSeed(build, imports, stored),
  );
  return loading;
}

const seeded: QueryKey[] = [];
let handedOver = false;
let withdrawn = false;
const withdrawnListeners = new Set<() => void>();

/** True once the kept answers were taken back (a stored import failed to restore): the screen waits. */
export const isSeedWithdrawn = (): boolean => withdrawn;

export function subscribeSeedWithdrawn(listener: () => void): () => void {
  withdrawnListeners.add(listener);
  return () => withdrawnListeners.delete(listener);
}

/**
 * A stored import was not restored: the kept answers count its rows, and the app starts without them.
 * They leave the screen in the same task (the gate shows the waiting state before the next frame) and
 * the cache, and the kept screen is forgotten, so the next visit does not draw it either.
 */
function withdrawKeptAnswers(client: QueryClient): void {
  if (withdrawn || handedOver) return;
  withdrawn = true;
  for (const listener of withdrawnListeners) listener();
  for (const key of seeded.splice(0)) client.removeQueries({ queryKey: key, exact: true });
  performance.mark('app:first-screen-withdrawn');
  void forgetStoredFirstScreen();
}

function seedAnswers(client: QueryClient, snapshot: FirstScreenSnapshot): void {
  if (handedOver || withdrawn) return;
  for (const { key, data } of snapshot.answers) {
    if (client.getQueryData(key) !== undefined) continue;
    client.setQueryData(key, data);
    seeded.push(key);
  }
}

/**
 * Puts the build's (or the kept) answers in the cache under the hooks' own keys, while the engine is not up yet.
 * The other provinces' cards follow from their own file, after the first screen's.
 */
export async function seedFirstScreen(client: QueryClient): Promise<FirstScreenSeed['kind']> {
  // The engine's start first: drawing the screen is a long task, and its messages must not wait behind it.
  const [seed] = await Promise.all([loadFirstScreenSeed(), engineRequested()]);
  if (seed.kind !== 'snapshot' || handedOver) return seed.kind === 'own-data' ? 'own-data' : 'none';
  if (seed.source === 'stored') {
    // Drawn only while every stored import may still load: the first that does not takes them back.
    if (getRestoreProblems().length > 0) return 'own-data';
    const stop = subscribeRestoreProblems(() => {
      if (getRestoreProblems().length === 0) return;
      stop();
      withdrawKeptAnswers(client);
    });
  }
  seedAnswers(client, seed.snapshot);
  const urls = snapshotUrls;
  // The other provinces' cards of the build are the bundled data's: not with own data.
  if (urls && seed.source === 'build') {
    provinces ??= fetchSnapshot(urls.provinces).catch(() => null);
    void provinces.then((more) => {
      if (more) seedAnswers(client, more);
    });
  }
  return 'snapshot';
}

/**
 * The engine is up: every seeded query asks it again, in one pass over the cache (a pass per key would
 * scan the cache for each of the other provinces' cards too, while the first screen's queries wait to
 * be sent). Structural sharing keeps an equal answer the same object, so a chart whose numbers did not
 * change is not drawn again. `app:live-answering` is set when the first of them has its live answer
 * (the engine answers the first screen), and `app:first-screen-live` once all those on screen have
 * (both at once when nothing was seeded). Inactive ones are only marked stale, and asked when shown.
 */
export async function handOverToEngine(client: QueryClient): Promise<void> {
  handedOver = true;
  const hashes = new Set(seeded.splice(0).map((key) => hashKey(key)));
  let answering = false;
  const markAnswering = () => {
    if (answering) return;
    answering = true;
    performance.mark('app:live-answering');
  };
  const cache = client.getQueryCache();
  const stopWatching = cache.subscribe((event) => {
    const fetched = event.type === 'updated' && event.action.type === 'success' && !event.action.manual;
    if (fetched && hashes.has(event.query.queryHash)) markAnswering();
  });
  try {
    await client.invalidateQueries({ predicate: (query) => hashes.has(query.queryHash) });
  } finally {
    stopWatching();
  }
  markAnswering();
  performance.mark('app:first-screen-live');
  const build = await building;
  if (build) keepFirstScreen(client, build, buildIdOf(build));
}
