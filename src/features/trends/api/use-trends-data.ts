import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { IndexCode } from '@/domain/catalogue';
import { fetchPeerStats } from './fetch-peer-stats';
import { fetchSeries } from './fetch-series';
import { fetchYoy } from './fetch-yoy';

export interface TrendsDataArgs {
  readonly index: IndexCode;
  readonly home: string;
  /** Home, compared units and the home unit's predecessors (for the lineage chart). */
  readonly seriesUnits: readonly string[];
  /** Home and compared units (the year-over-year table). */
  readonly shownUnits: readonly string[];
  /** The index's whole span (not the range on screen): a change of years then needs no query. */
  readonly from: number;
  readonly to: number;
  readonly peer: 'level' | 'block';
}

/**
 * The three statements of one view (series, yoy, peer stats) as one query: the screen then renders
 * once when all have arrived instead of three times, which is what keeps a redraw within the bar.
 * The args travel with the result so charts draw data and range of the same state.
 */
export const trendsDataQuery = (args: TrendsDataArgs) =>
  queryOptions({
    queryKey: ['trends', 'view', args],
    queryFn: async () => {
      const base = { index: args.index, from: args.from, to: args.to, peer: args.peer };
      const [series, yoy, peers] = await Promise.all([
        fetchSeries({ ...base, units: args.seriesUnits }),
        fetchYoy({ ...base, units: args.shownUnits }),
        fetchPeerStats({ ...base, homeUnit: args.home }),
      ]);
      return { args, series, yoy, peers };
    },
  });

export function useTrendsData(args: TrendsDataArgs | null) {
  return useQuery({
    ...trendsDataQuery(
      args ?? { index: 'PAPI', home: '', seriesUnits: [], shownUnits: [], from: 0, to: 0, peer: 'level' },
    ),
    enabled: args !== null,
    placeholderData: keepPreviousData,
  });
}
