import { useMemo } from 'react';
import { type DataScope, indexForUnit, optionsInScope, unitsInScope } from '@/domain/data-scope';
import type { UnitOption } from '@/domain/units';
import { useDataScope } from './data-scope';
import { useUnits } from './units';

/**
 * The unit list of a picker within the data scope (own units only, once there are some), and the
 * index a unit of the scope opens on when the asked index has no data for it.
 */
export function useScopedUnits(): {
  scope: DataScope;
  options: readonly UnitOption[];
  indexFor: (unit: string | null, asked: string) => string;
} {
  const units = useUnits();
  const { scope, units: scopeUnits } = useDataScope();
  const options = useMemo(
    () => optionsInScope(units.data ?? [], scope, scopeUnits),
    [units.data, scope, scopeUnits],
  );
  const indexFor = useMemo(
    () => (unit: string | null, asked: string) => {
      const member = unitsInScope(scope, scopeUnits).find((candidate) => candidate.code === unit);
      return indexForUnit(member, asked) ?? asked;
    },
    [scope, scopeUnits],
  );
  return { scope, options, indexFor };
}
