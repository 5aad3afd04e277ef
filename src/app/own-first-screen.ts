import type { QueryClient } from '@tanstack/react-query';
import { scoreChanges } from '@/db/database';
import { liveReader } from '@/db/reader';
import { readRows } from '@/db/rows';
import { LINEAGE_IMPORT_SOURCE } from '@/features/lineage-import/api/apply-lineage';
import { readStoredLineage } from '@/features/lineage-import/api/lineage-store';
import { readStored } from '@/lib/stored-value';
import { SCOPE_STORAGE_KEY, scopeUnitsQuery } from '@/queries/data-scope';
import { defaultHomeUnitQuery, HOME_UNIT_STORAGE_KEY, rememberedHomeUnit } from '@/queries/home-unit';
import { unitsQuery } from '@/queries/units';
import { selectImportedKeys } from '@/sql/stored-rows';
import type { FirstScreenSnapshot } from './first-screen-format';
import {
  answerOwnFirstScreen,
  askCache,
  type FirstScreenAnswer,
  overviewKeyOf,
  unitAnswers,
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
 * The unit a reload of the landing screen opens on (its address without `unit=`), from the home unit
 * and scope remembered in this browser (picked on any screen) and the lists the cache holds.
 */
function landingUnitNext(client: QueryClient): string | null {
  // Nothing remembered: the landing screen opens on the unit it shows (the cards of those are kept anyway).
  if (readStored(HOME_UNIT_STORAGE_KEY) === null && readStored(SCOPE_STORAGE_KEY) === null) return null;
  const units = client.getQueryData(unitsQuery().queryKey);
  const scopeUnits = client.getQueryData(scopeUnitsQuery().queryKey);
  if (!units || !scopeUnits) return null;
  return rememberedHomeUnit(units, scopeUnits, client.getQueryData(defaultHomeUnitQuery().queryKey) ?? null);
}

const sameKey = (a: FirstScreenAnswer, b: FirstScreenAnswer) =>
  JSON.stringify(a.key) === JSON.stringify(b.key);

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

/**
 * The first screen to keep: its stamp, its answers, and the units whose cards were taken now (those on
 * screen and the remembered home unit; the default unit's are always kept).
 */
export interface OwnFirstScreen {
  readonly stamp: string;
  readonly answers: readonly FirstScreenAnswer[];
  readonly units: readonly string[];
}

/** What is kept already: the stamp, and the answers under it. */
export interface KeptFirstScreen {
  readonly stamp: string;
  readonly snapshot: FirstScreenSnapshot;
}

/**
 * Off the landing screen, a home unit picked there (trends, weak points) is the unit the next visit
 * opens on: its cards and lineage join the kept screen, when that one is of the data loaded now (equal
 * stamps, equal answers). Only those two queries may reach the engine, and only when no screen's is
 * under way; anything else waits for the landing screen to be shown.
 */
async function addHomeUnit(
  client: QueryClient,
  stamp: string,
  kept: KeptFirstScreen | null,
  before: ReturnType<typeof scoreChanges>,
): Promise<OwnFirstScreen | 'not-now'> {
  const home = landingUnitNext(client);
  if (home === null || kept?.stamp !== stamp) return 'not-now';
  const cards = JSON.stringify(overviewKeyOf(home));
  if (kept.snapshot.answers.some((answer) => JSON.stringify(answer.key) === cards)) return 'not-now';
  const added = await unitAnswers(askCache(client), home);
  if (!stillCurrent(client, added, before)) return 'not-now';
  const others = kept.snapshot.answers.filter((answer) => !added.some((next) => sameKey(answer, next)));
  return { stamp, answers: [...others, ...added], units: [home] };
}

/**
 * The first screen over the user's own data as shown now. The engine's stamp is read once; the
 * answers are the screens' own entries in react-query's cache, so nothing is asked again: only a query
 * the cache lacks (the default unit's cards, say) runs, through its hook. 'no-own-data': nothing of
 * the user's to keep; 'not-now': the landing screen is not shown (the engine is left to the screen
 * that is; only a home unit picked there joins `kept`), or the scores changed meanwhile (the next
 * capture follows the screens' new answers).
 */
export async function ownFirstScreenNow(
  client: QueryClient,
  buildId: string,
  kept: KeptFirstScreen | null = null,
): Promise<OwnFirstScreen | 'no-own-data' | 'not-now'> {
  const before = scoreChanges();
  const stamp = await engineStamp(buildId);
  if (stamp === null) return 'no-own-data';
  const shown = shownUnits(client);
  if (shown.length === 0) return addHomeUnit(client, stamp, kept, before);
  const home = landingUnitNext(client);
  const units = home === null || shown.includes(home) ? shown : [...shown, home];
  const answers = await answerOwnFirstScreen(askCache(client), units);
  return stillCurrent(client, answers, before) ? { stamp, answers, units } : 'not-now';
}
