import type { QueryClient } from '@tanstack/react-query';
import { scoreChanges } from '@/db/database';
import { liveReader } from '@/db/reader';
import { readRows } from '@/db/rows';
import { LINEAGE_IMPORT_SOURCE } from '@/features/lineage-import/api/apply-lineage';
import { readStoredLineage } from '@/features/lineage-import/api/lineage-store';
import { selectImportedKeys } from '@/sql/stored-rows';
import {
  answerOwnFirstScreen,
  askCache,
  type FirstScreenAnswer,
  overviewKeyOf,
} from './first-screen-queries';
import { firstScreenStamp } from './first-screen-stamp';

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

/** The units whose cards are on screen now: the landing screen's overview queries with an observer. */
function shownUnits(client: QueryClient): string[] {
  const codes: string[] = [];
  for (const query of client.getQueryCache().findAll({ queryKey: ['overview'], type: 'active' })) {
    const code = query.queryKey[1];
    if (typeof code === 'string' && JSON.stringify(query.queryKey) === JSON.stringify(overviewKeyOf(code)))
      codes.push(code);
  }
  return codes;
}

/**
 * True while every answer is still the cache's valid, settled entry, and no change of the scores has
 * begun since `before` nor is under way: then the answers are of the state the stamp was read from.
 * A change marks the entries invalid before its task is done, so an answer the cache held from
 * before it is never taken for one after it.
 */
function stillCurrent(
  client: QueryClient,
  answers: readonly FirstScreenAnswer[],
  before: ReturnType<typeof scoreChanges>,
): boolean {
  const now = scoreChanges();
  if (before.underWay || now.underWay || now.begun !== before.begun) return false;
  return answers.every(({ key, data }) => {
    const state = client.getQueryState(key);
    return (
      state?.status === 'success' &&
      !state.isInvalidated &&
      state.fetchStatus === 'idle' &&
      state.data === data
    );
  });
}

/** The first screen to keep: its stamp, its answers, and the units whose cards are on screen. */
export interface OwnFirstScreen {
  readonly stamp: string;
  readonly answers: readonly FirstScreenAnswer[];
  readonly shown: readonly string[];
}

/**
 * The first screen over the user's own data as shown now. The engine's stamp is read once; the
 * answers are the screens' own entries in react-query's cache, so nothing is asked again: only a query
 * the cache lacks (the default unit's cards, say) runs, through its hook. 'no-own-data': nothing of
 * the user's to keep; 'not-now': the landing screen is not shown (the engine is left to the screen
 * that is), or the scores changed meanwhile (the next capture follows the screens' new answers).
 */
export async function ownFirstScreenNow(
  client: QueryClient,
  buildId: string,
): Promise<OwnFirstScreen | 'no-own-data' | 'not-now'> {
  const before = scoreChanges();
  const stamp = await engineStamp(buildId);
  if (stamp === null) return 'no-own-data';
  const shown = shownUnits(client);
  if (shown.length === 0) return 'not-now';
  const answers = await answerOwnFirstScreen(askCache(client), shown);
  return stillCurrent(client, answers, before) ? { stamp, answers, shown } : 'not-now';
}
