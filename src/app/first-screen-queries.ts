import type { FetchQueryOptions, QueryClient, QueryKey } from '@tanstack/react-query';
import type { SqlReader } from '@/db/rows';
import type { UnitOption } from '@/domain/units';
import {
  fetchCoverage,
  fetchMedians,
  indexCoverageQuery,
  indexMediansQuery,
} from '@/features/index-summary/api/use-index-summary';
import { fetchLineage, lineageQuery } from '@/features/overview/api/get-lineage';
import { fetchOverview, overviewQuery } from '@/features/overview/api/get-overview';
import { fetchScopeUnits, scopeUnitsQuery } from '@/queries/data-scope';
import { defaultHomeUnitQuery, fetchDefaultHomeUnit } from '@/queries/home-unit';
import { fetchUnits, unitsQuery } from '@/queries/units';

/** One answer of the first screen, under the very query key its hook asks with. */
export interface FirstScreenAnswer<T = unknown> {
  readonly key: QueryKey;
  readonly data: T;
}

/** A hook's own query options: its key, and its query function on the live engine. */
type HookQuery<T, K extends QueryKey> = FetchQueryOptions<T, Error, T, K>;

/**
 * How one first-screen query is answered: given the hook's own options (its key and live query
 * function) and the same query function over any engine (`fetch`). The build asks DuckDB in Node,
 * the app reads react-query's cache (`askCache`).
 */
export type FirstScreenAsk = <T, K extends QueryKey>(
  query: HookQuery<T, K>,
  fetch: (reader: SqlReader) => Promise<T>,
) => Promise<FirstScreenAnswer<T>>;

/** Every query sent to DuckDB through `reader`. */
export const askEngine =
  (reader: SqlReader): FirstScreenAsk =>
  async (query, fetch) => ({ key: query.queryKey, data: await fetch(reader) });

/**
 * The answers the screens already hold in react-query's cache; only a query the cache lacks (or holds
 * as no longer valid) runs, through the hook's own query function, and stays in the cache.
 */
export function askCache(client: QueryClient): FirstScreenAsk {
  return async <T, K extends QueryKey>(query: HookQuery<T, K>) => {
    const data = await client.query(query);
    // The cache's own object: an answer asked again and found equal leaves the earlier one there.
    return { key: query.queryKey, data: client.getQueryData<T>(query.queryKey) ?? data };
  };
}

const isProvince = (unit: UnitOption) => unit.levels.includes('province');

/** The landing screen's answers for one unit: its cards and its lineage. */
export function unitAnswers(ask: FirstScreenAsk, code: string): Promise<FirstScreenAnswer[]> {
  return Promise.all([
    ask(overviewQuery(code), (reader) => fetchOverview(reader, code)),
    ask(lineageQuery(code), (reader) => fetchLineage(reader, code)),
  ]);
}

/** The answers every first screen draws, whichever unit it opens on, and the default unit. */
async function commonAnswers(ask: FirstScreenAsk) {
  const answers = await Promise.all([
    ask(unitsQuery(), fetchUnits),
    ask(defaultHomeUnitQuery(), fetchDefaultHomeUnit),
    ask(indexMediansQuery(), fetchMedians),
    ask(indexCoverageQuery(), fetchCoverage),
    // The home unit waits for the data scope (own data first), so the scope is answered too.
    ask(scopeUnitsQuery(), fetchScopeUnits),
  ]);
  const [units, defaultUnit] = answers;
  return { answers: [...answers] as FirstScreenAnswer[], units: units.data, defaultUnit: defaultUnit.data };
}

/**
 * Runs the first screen's queries through `reader`: the build sends them to DuckDB in Node over the
 * bundled files. The app's hooks run the same functions on DuckDB-WASM, so the two cannot drift.
 * `first` is what the landing screen draws for the default unit; `provinces` the cards of every other
 * province, for a user whose home unit is one of them (a file of its own: 5 times the size of `first`).
 */
export async function answerFirstScreen(
  reader: SqlReader,
): Promise<{ first: FirstScreenAnswer[]; provinces: FirstScreenAnswer[] }> {
  const ask = askEngine(reader);
  const { answers: first, units, defaultUnit } = await commonAnswers(ask);
  if (defaultUnit) first.push(...(await unitAnswers(ask, defaultUnit)));
  const provinces: FirstScreenAnswer[] = [];
  // One unit after another: DuckDB has a single worker, and the order of the file must be stable.
  for (const unit of units.filter(isProvince)) {
    if (unit.code !== defaultUnit) provinces.push(...(await unitAnswers(ask, unit.code)));
  }
  return { first, provinces };
}

/**
 * The first screen over the user's own data, as the app keeps it for the next visit: the common
 * answers and the cards of the units it shows (`shown`) and of the default unit, read from the
 * screens' own cache entries (`askCache`).
 */
export async function answerOwnFirstScreen(
  ask: FirstScreenAsk,
  shown: readonly string[],
): Promise<FirstScreenAnswer[]> {
  const { answers, defaultUnit } = await commonAnswers(ask);
  const codes = new Set(defaultUnit ? [...shown, defaultUnit] : shown);
  for (const code of codes) answers.push(...(await unitAnswers(ask, code)));
  return answers;
}

/** The overview's cards key of `unit`, as the landing screen asks for them. */
export const overviewKeyOf = (unit: string): QueryKey => overviewQuery(unit).queryKey;
