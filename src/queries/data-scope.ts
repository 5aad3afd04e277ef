import { queryOptions, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { liveReader } from '@/db/reader';
import { readRows, type SqlReader } from '@/db/rows';
import { INTERNAL_LEVELS } from '@/domain/awards/internal-units';
import { DATA_SCOPES, type DataScope, resolveScope, type ScopeUnit } from '@/domain/data-scope';
import { useHashRoute } from '@/lib/hash-route';
import { readStored, writeStored } from '@/lib/stored-value';
import { urlPick } from '@/lib/url-values';
import { buildScopeUnits } from '@/sql/scope-units';

export const SCOPE_STORAGE_KEY = 'rid.scope';

/** The own and sample units; the build answers it too, since the landing screen's home unit waits for it. */
export async function fetchScopeUnits(reader: SqlReader): Promise<ScopeUnit[]> {
  return (await readRows(reader, buildScopeUnits(INTERNAL_LEVELS))).map((row) => ({
    code: row.unit_code,
    name: row.unit_name,
    level: row.unit_level,
    scope: row.kind === 'imported' ? 'own' : 'sample',
    indices: row.indices.split(',').filter(Boolean),
    lastYear: row.last_year,
  }));
}

export const scopeUnitsQuery = () =>
  queryOptions({ queryKey: ['scope-units'], queryFn: () => fetchScopeUnits(liveReader()) });

export interface DataScopeState {
  readonly scope: DataScope;
  readonly units: readonly ScopeUnit[];
  /** False until the units are read: no screen should settle its default before. */
  readonly ready: boolean;
  /** Changes the scope (URL and memory); the home unit follows it. */
  readonly setScope: (scope: DataScope) => void;
}

const NO_UNITS: readonly ScopeUnit[] = [];

/** The scope in the URL (`scope=`, else its `unit=`'s), else remembered here, else own data when there is some. */
export function useDataScope(): DataScopeState {
  const { params, setParams } = useHashRoute();
  const units = useQuery(scopeUnitsQuery());
  const list = units.data ?? NO_UNITS;
  const asked = urlPick(DATA_SCOPES, params.get('scope'));
  const remembered = urlPick(DATA_SCOPES, readStored(SCOPE_STORAGE_KEY));
  const linkedUnit = params.get('unit');
  const scope = useMemo(
    () => resolveScope(asked, remembered, list, linkedUnit),
    [asked, remembered, list, linkedUnit],
  );
  const setScope = useCallback(
    (next: DataScope) => {
      writeStored(SCOPE_STORAGE_KEY, next);
      // The unit belongs to the scope: dropping it lets the new scope's first unit come in.
      setParams({ scope: next, unit: undefined });
    },
    [setParams],
  );
  return { scope, units: list, ready: units.isSuccess, setScope };
}

/** Remembers the scope a picked unit belongs to, so that a later visit opens on the same kind of data. */
export function rememberScope(scope: DataScope): void {
  writeStored(SCOPE_STORAGE_KEY, scope);
}
