import snapshotUrls from 'virtual:first-screen-snapshot';
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { readStoredLineage } from '@/features/lineage-import/api/lineage-store';
import { listPersistedImports } from '@/lib/persisted-imports';
import { engineRequested } from './boot-database';
import { type FirstScreenSnapshot, isFirstScreenSnapshot } from './first-screen-format';

/**
 * What the first screen can draw before the engine answers: the build's answers, or nothing because
 * the user's own data changes those figures ('own-data'), or because there is no snapshot ('none').
 */
export type FirstScreenSeed =
  | { readonly kind: 'snapshot'; readonly snapshot: FirstScreenSnapshot }
  | { readonly kind: 'own-data' }
  | { readonly kind: 'none' };

async function fetchSnapshot(url: string): Promise<FirstScreenSnapshot | null> {
  const response = await fetch(url, { priority: 'high' });
  if (!response.ok) return null;
  const body: unknown = await response.json();
  return isFirstScreenSnapshot(body) ? body : null;
}

/** Any stored import or lineage file: the live engine will load it, so the build's answers are not theirs. */
async function hasOwnData(): Promise<boolean> {
  return readStoredLineage() !== null || (await listPersistedImports()).length > 0;
}

let loading: Promise<FirstScreenSeed> | null = null;
let provinces: Promise<FirstScreenSnapshot | null> | null = null;

/** Started by start-early.ts beside the engine; the gate asks for the same promise. */
export function loadFirstScreenSeed(): Promise<FirstScreenSeed> {
  const urls = snapshotUrls;
  loading ??=
    urls === null
      ? Promise.resolve({ kind: 'none' })
      : Promise.all([fetchSnapshot(urls.first).catch(() => null), hasOwnData()]).then(([snapshot, own]) => {
          if (own) return { kind: 'own-data' };
          return snapshot ? { kind: 'snapshot', snapshot } : { kind: 'none' };
        });
  return loading;
}

const seeded: QueryKey[] = [];
let handedOver = false;

function seedAnswers(client: QueryClient, snapshot: FirstScreenSnapshot): void {
  if (handedOver) return;
  for (const { key, data } of snapshot.answers) {
    if (client.getQueryData(key) !== undefined) continue;
    client.setQueryData(key, data);
    seeded.push(key);
  }
}

/**
 * Puts the build's answers in the cache under the hooks' own keys, while the engine is not up yet.
 * The other provinces' cards follow from their own file, after the first screen's.
 */
export async function seedFirstScreen(client: QueryClient): Promise<FirstScreenSeed['kind']> {
  // The engine's start first: drawing the screen is a long task, and its messages must not wait behind it.
  const [seed] = await Promise.all([loadFirstScreenSeed(), engineRequested()]);
  if (seed.kind !== 'snapshot' || handedOver) return seed.kind === 'own-data' ? 'own-data' : 'none';
  seedAnswers(client, seed.snapshot);
  const urls = snapshotUrls;
  if (urls) {
    provinces ??= fetchSnapshot(urls.provinces).catch(() => null);
    void provinces.then((more) => {
      if (more) seedAnswers(client, more);
    });
  }
  return 'snapshot';
}

/** True once `key` was asked again and answered (an inactive query is only marked stale, not asked). */
function answeredLive(client: QueryClient, key: QueryKey): boolean {
  const state = client.getQueryState(key);
  return state !== undefined && state.status === 'success' && !state.isInvalidated;
}

/**
 * The engine is up: every seeded query asks it again. Structural sharing keeps an equal answer the same
 * object, so a chart whose numbers did not change is not drawn again. `app:live-answering` is set
 * when the first of them has its live answer (the engine answers the first screen), and
 * `app:first-screen-live` once all those on screen have (both at once when nothing was seeded).
 */
export async function handOverToEngine(client: QueryClient): Promise<void> {
  handedOver = true;
  const keys = seeded.splice(0);
  let answering = false;
  const markAnswering = () => {
    if (answering) return;
    answering = true;
    performance.mark('app:live-answering');
  };
  await Promise.all(
    keys.map(async (queryKey) => {
      await client.invalidateQueries({ queryKey, exact: true });
      if (answeredLive(client, queryKey)) markAnswering();
    }),
  );
  markAnswering();
  performance.mark('app:first-screen-live');
}
