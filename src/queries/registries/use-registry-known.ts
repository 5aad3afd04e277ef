import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { run } from '@/db/database';
import { CATALOGUE, indexDef } from '@/domain/catalogue';
import type { RegistryKnown } from '@/domain/registries/validate-registry';
import { buildParComponentCodes } from '@/sql/registry-known';
import { currentUnits, useUnits } from '../units';

const parComponentsQuery = () =>
  queryOptions({
    queryKey: ['registries', 'par-components'],
    queryFn: async (): Promise<string[]> =>
      (await run(buildParComponentCodes())).map((row) => row.component_code),
  });

/** What registry rows are checked against; null until the units and components are read. */
export function useRegistryKnown(): RegistryKnown | null {
  // Not a list from before the data changed: a unit just imported would be reported as unknown.
  const list = currentUnits(useUnits());
  const components = useQuery(parComponentsQuery());
  return useMemo(() => {
    if (!list || !components.data) return null;
    const catalogue = indexDef('PAR').components.map((component) => component.code);
    return {
      units: new Set(list.filter((unit) => !unit.lineageOnly).map((unit) => unit.code)),
      components: new Set([...catalogue, ...components.data].filter((code) => code !== 'TOTAL')),
      levels: new Set(CATALOGUE.levels),
    };
  }, [list, components.data]);
}
