import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { cacheDelete, cacheGet, cachePut } from '@/lib/idb-store';
import { subscribeStored } from '@/lib/stored-value';
import { SCOPE_STORAGE_KEY } from '@/queries/data-scope';
import { HOME_UNIT_STORAGE_KEY } from '@/queries/home-unit';
import { type FirstScreenSnapshot, isFirstScreenSnapshot } from './first-screen-format';
import type { FirstScreenAnswer } from './first-screen-queries';
import { ownFirstScreenNow } from './own-first-screen';

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

/** Drops the kept screen: it no longer describes what this browser loads. */
export async function forgetStoredFirstScreen(): Promise<void> {
  if (!(await readStoredFirstScreen())) return;
  await cacheDelete(STORE, ENTRY_ID).catch(() => undefined);
  performance.mark('app:first-screen-forgotten');
}

const sameKey = (a: QueryKey, b: QueryKey) => JSON.stringify(a) === JSON.stringify(b);

/** The same query keys with the same answers, compared as the text they are kept as. */
const sameAnswer = (a: FirstScreenAnswer, b: FirstScreenAnswer) =>
  sameKey(a.key, b.key) && JSON.stringify(a.data) === JSON.stringify(b.data);

const covers = (stored: StoredFirstScreen, answers: readonly FirstScreenAnswer[]) =>
  answers.every((answer) => stored.snapshot.answers.some((kept) => sameAnswer(kept, answer)));

/** Keeps the first screen shown now (own-first-screen.ts), unless the kept one has the same stamp and answers. */
async function captureFirstScreen(client: QueryClient, build: FirstScreenSnapshot, buildId: string) {
  const kept = await readStoredFirstScreen();
  const now = await ownFirstScreenNow(client, buildId, kept);
  if (now === 'no-own-data') {
    await forgetStoredFirstScreen();
    return;
  }
  if (now === 'not-now') return;
  const { stamp, answers, units } = now;
  const stored = await readStoredFirstScreen();
  if (stored?.stamp === stamp && covers(stored, answers)) return;
  const snapshot: FirstScreenSnapshot = { format: build.format, stamp: build.stamp, answers };
  const entry = { id: ENTRY_ID, stamp, snapshot };
  await cachePut(STORE, entry);
  performance.mark('app:first-screen-kept', { detail: { units } });
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
  // A home unit or scope picked on any screen says which unit the next visit opens on: its cards are kept too.
  subscribeStored((key) => {
    if (key === HOME_UNIT_STORAGE_KEY || key === SCOPE_STORAGE_KEY) schedule();
  });
  schedule();
}
