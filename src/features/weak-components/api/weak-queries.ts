import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { run, runAnalytics } from '@/db/database';
import type { IndexCode } from '@/domain/catalogue';
import { buildPeerChoices, buildWeakScreen, type WeakScreenOptions } from '@/sql/weak-extra';

export const peerChoicesQuery = (index: IndexCode) =>
  queryOptions({
    queryKey: ['weak', 'peer-choices', index],
    queryFn: () => run(buildPeerChoices(index)),
  });

/**
 * The heatmap, every unit's weak points and the priority list in one statement: DuckDB-WASM answers one
 * statement at a time, so three queries meant three plans and six worker round trips in a row, and a
 * change of unit now needs no query at all. Every argument is in the key; the previous answer stays on
 * screen while the next is computed (keepPreviousData), so a change of year does not flash empty tables.
 */
export const weakScreenQuery = (options: WeakScreenOptions) =>
  queryOptions({
    queryKey: ['weak', 'screen', options],
    queryFn: () => runAnalytics(buildWeakScreen(options)),
    placeholderData: keepPreviousData,
  });

export const usePeerChoices = (index: IndexCode) => useQuery(peerChoicesQuery(index));
export const useWeakScreen = (options: WeakScreenOptions) => useQuery(weakScreenQuery(options));
