import type { QueryKey } from '@tanstack/react-query';
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
export interface FirstScreenAnswer {
  readonly key: QueryKey;
  readonly data: unknown;
}

const isProvince = (unit: UnitOption) => unit.levels.includes('province');

async function unitAnswers(reader: SqlReader, code: string): Promise<FirstScreenAnswer[]> {
  return [
    { key: overviewQuery(code).queryKey, data: await fetchOverview(reader, code) },
    { key: lineageQuery(code).queryKey, data: await fetchLineage(reader, code) },
  ];
}

/** The answers every first screen draws, whichever unit it opens on, and the default unit. */
async function commonAnswers(reader: SqlReader) {
  const [units, defaultUnit, medians, coverage, scopeUnits] = await Promise.all([
    fetchUnits(reader),
    fetchDefaultHomeUnit(reader),
    fetchMedians(reader),
    fetchCoverage(reader),
    fetchScopeUnits(reader),
  ]);
  const answers: FirstScreenAnswer[] = [
    { key: unitsQuery().queryKey, data: units },
    { key: defaultHomeUnitQuery().queryKey, data: defaultUnit },
    { key: indexMediansQuery().queryKey, data: medians },
    { key: indexCoverageQuery().queryKey, data: coverage },
    // The home unit waits for the data scope (own data first), so the scope is answered too.
    { key: scopeUnitsQuery().queryKey, data: scopeUnits },
  ];
  return { answers, units, defaultUnit };
}

/**
 * Runs the first screen's queries through `reader`: the build sends them to DuckDB in Node over the
 * bundled files, the app to DuckDB-WASM. The same functions answer both, so the two cannot drift.
 * `first` is what the landing screen draws for the default unit; `provinces` the cards of every other
 * province, for a user whose home unit is one of them (a file of its own: 5 times the size of `first`).
 */
export async function answerFirstScreen(
  reader: SqlReader,
): Promise<{ first: FirstScreenAnswer[]; provinces: FirstScreenAnswer[] }> {
  const { answers: first, units, defaultUnit } = await commonAnswers(reader);
  if (defaultUnit) first.push(...(await unitAnswers(reader, defaultUnit)));
  const provinces: FirstScreenAnswer[] = [];
  // One unit after another: DuckDB has a single worker, and the order of the file must be stable.
  for (const unit of units.filter(isProvince)) {
    if (unit.code !== defaultUnit) provinces.push(...(await unitAnswers(reader, unit.code)));
  }
  return { first, provinces };
}

/**
 * The first screen over the user's own data, as the app keeps it for the next visit: the common
 * answers and the cards of the units it shows (`shown`) and of the default unit.
 */
export async function answerOwnFirstScreen(
  reader: SqlReader,
  shown: readonly string[],
): Promise<FirstScreenAnswer[]> {
  const { answers, defaultUnit } = await commonAnswers(reader);
  const codes = new Set(defaultUnit ? [...shown, defaultUnit] : shown);
  for (const code of codes) answers.push(...(await unitAnswers(reader, code)));
  return answers;
}

/** The overview's cards key of `unit`, as the landing screen asks for them. */
export const overviewKeyOf = (unit: string): QueryKey => overviewQuery(unit).queryKey;
