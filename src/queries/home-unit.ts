import { queryOptions, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { APP_SETTINGS } from '@/config/app-settings';
import { run } from '@/db/database';
import { useHashRoute } from '@/lib/hash-route';
import { readStored, writeStored } from '@/lib/stored-value';
import { buildDefaultHomeUnit } from '@/sql/default-unit';

const STORAGE_KEY = 'rid.homeUnit';

const defaultHomeUnitQuery = () =>
  queryOptions({
    queryKey: ['default-home-unit'],
    queryFn: async () => {
      if (APP_SETTINGS.defaultHomeUnit) return APP_SETTINGS.defaultHomeUnit;
      const [row] = await run(buildDefaultHomeUnit());
      return typeof row?.unit_code === 'string' ? row.unit_code : null;
    },
  });

/**
 * The unit the user reports on: the URL's `unit=` (a shared permalink wins), then the remembered
 * choice, then the configured or computed default. Choosing one updates both URL and memory.
 */
export function useHomeUnit(): { unit: string | null; setUnit: (code: string) => void; isPending: boolean } {
  const { params, setParams } = useHashRoute();
  const fromUrl = params.get('unit');
  const stored = readStored(STORAGE_KEY);
  const fallback = useQuery({ ...defaultHomeUnitQuery(), enabled: !fromUrl && !stored });
  const unit = fromUrl ?? stored ?? fallback.data ?? null;

  useEffect(() => {
    if (fromUrl) writeStored(STORAGE_KEY, fromUrl);
  }, [fromUrl]);

  const setUnit = useCallback(
    (code: string) => {
      writeStored(STORAGE_KEY, code);
      setParams({ unit: code });
    },
    [setParams],
  );
  return { unit, setUnit, isPending: !fromUrl && !stored && fallback.isPending };
}
