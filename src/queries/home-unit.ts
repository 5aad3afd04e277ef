import { queryOptions, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo } from 'react';
import { APP_SETTINGS } from '@/config/app-settings';
import { liveReader } from '@/db/reader';
import { readRows, type SqlReader } from '@/db/rows';
import { INTERNAL_LEVELS } from '@/domain/awards/internal-units';
import {
  availableScopes,
  DATA_SCOPES,
  homeInScope,
  resolveScope,
  type ScopeUnit,
  scopeOfUnit,
} from '@/domain/data-scope';
import type { UnitOption } from '@/domain/units';
import { useHashRoute } from '@/lib/hash-route';
import { readStored, writeStored } from '@/lib/stored-value';
import { checkKnownCode, urlCode, urlPick } from '@/lib/url-values';
import { buildDefaultHomeUnit } from '@/sql/default-unit';
import { rememberScope, SCOPE_STORAGE_KEY, useDataScope } from './data-scope';
import { currentUnits, useUnits } from './units';

/** Where the home unit last picked is remembered, on any screen. */
export const HOME_UNIT_STORAGE_KEY = 'rid.homeUnit';

/** The configured home unit, else the data's first province. */
export async function fetchDefaultHomeUnit(reader: SqlReader): Promise<string | null> {
  if (APP_SETTINGS.defaultHomeUnit) return APP_SETTINGS.defaultHomeUnit;
  const [row] = await readRows(reader, buildDefaultHomeUnit());
  return row?.unit_code ?? null;
}

export const defaultHomeUnitQuery = () =>
  queryOptions({ queryKey: ['default-home-unit'], queryFn: () => fetchDefaultHomeUnit(liveReader()) });

/**
 * The unit a screen opened without `unit=` or `scope=` in its address reports on, from what this
 * browser remembers (`useHomeUnit` with such an address): the remembered unit when the data holds it,
 * else the default, within the remembered scope (else own data first).
 */
export function rememberedHomeUnit(
  units: readonly UnitOption[],
  scopeUnits: readonly ScopeUnit[],
  fallback: string | null,
): string | null {
  const stored = checkKnownCode(readStored(HOME_UNIT_STORAGE_KEY), new Set(units.map((unit) => unit.code)));
  const scope = resolveScope(null, urlPick(DATA_SCOPES, readStored(SCOPE_STORAGE_KEY)), scopeUnits);
  return homeInScope(scope, scopeUnits, stored.value ?? fallback, INTERNAL_LEVELS);
}

/**
 * The unit the user reports on: the URL's `unit=` (a shared permalink wins), then the remembered
 * choice, then the configured or computed default, all within the data scope (src/queries/data-scope.ts):
 * once the user has own data, a remembered province gives way to the user's first own unit. Choosing
 * one updates URL and memory, and the scope to the unit's. A URL or remembered value that is not a unit
 * in the data is dropped: never shown, never stored.
 */
export function useHomeUnit(): { unit: string | null; setUnit: (code: string) => void; isPending: boolean } {
  const { params, setParams } = useHashRoute();
  const units = useUnits();
  const listed = useMemo(
    () => (units.data ? new Set(units.data.map((option) => option.code)) : undefined),
    [units.data],
  );
  const rawUrl = params.get('unit');
  const rawStored = readStored(HOME_UNIT_STORAGE_KEY);
  // A unit missing from a list read before the data changed (a link to a unit just imported) is
  // used unconfirmed, neither dropped nor forgotten, until the list has been read again.
  const missing = [rawUrl, rawStored].some((raw) => {
    const code = urlCode(raw);
    return code !== null && listed !== undefined && !listed.has(code);
  });
  const known = missing && currentUnits(units) === undefined ? undefined : listed;
  const fromUrl = checkKnownCode(rawUrl, known);
  const stored = checkKnownCode(rawStored, known);
  const fallback = useQuery({ ...defaultHomeUnitQuery(), enabled: !fromUrl.value && !stored.value });
  const scope = useDataScope();
  // Until the scope is known a default would be written into the URL and then stick: wait for it.
  const scoped = scope.ready
    ? homeInScope(scope.scope, scope.units, stored.value ?? fallback.data ?? null, INTERNAL_LEVELS)
    : null;
  const unit = fromUrl.value ?? scoped;

  useEffect(() => {
    if (fromUrl.confirmed && fromUrl.value !== rawStored) writeStored(HOME_UNIT_STORAGE_KEY, fromUrl.value);
    // A remembered value the data does not hold (or a malformed one) is forgotten.
    else if (rawStored !== null && stored.value === null) writeStored(HOME_UNIT_STORAGE_KEY, null);
  }, [fromUrl.confirmed, fromUrl.value, rawStored, stored.value]);

  // A rejected `unit=` leaves the address too, so the permalink the screen writes is a true one.
  const rejected = rawUrl !== null && fromUrl.value === null;
  useEffect(() => {
    if (rejected) setParams({ unit: undefined }, { replace: true });
  }, [rejected, setParams]);

  const scopeUnits = scope.units;
  const setUnit = useCallback(
    (code: string) => {
      writeStored(HOME_UNIT_STORAGE_KEY, code);
      const next = scopeOfUnit(code, scopeUnits);
      rememberScope(next);
      // The scope goes into the link only where there is a choice of scope to make.
      const shown = availableScopes(scopeUnits).includes('own') ? next : undefined;
      setParams({ unit: code, scope: shown });
    },
    [setParams, scopeUnits],
  );
  const isPending = !fromUrl.value && (!scope.ready || (!stored.value && fallback.isPending));
  return { unit, setUnit, isPending };
}
