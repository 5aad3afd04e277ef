import { useQuery } from '@tanstack/react-query';
import { run } from '@/db/database';
import { buildEngineMemory } from '@/sql/datasets';

/** Bytes DuckDB holds now (`duckdb_memory()`); read again whenever the scores change. */
export function useEngineMemory() {
  return useQuery({
    queryKey: ['engine-memory'],
    queryFn: async (): Promise<number> => (await run(buildEngineMemory()))[0]?.used_bytes ?? 0,
  });
}
