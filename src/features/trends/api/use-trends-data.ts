import { useQuery } from '@tanstack/react-query';
import { runFacts } from '@/db/database';
import type { IndexCode } from '@/domain/catalogue';
import { buildSeries } from '@/sql/series';
import { buildHomePeerStats } from '@/sql/trends-extra';
import { buildTrendsView, readsViewAtOnce, splitTrendsView } from '@/sql/trends-view';
import { buildYoyDeltas } from '@/sql/yoy-deltas';
import { keptQuery } from './kept-query';

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
 * The three statements of one view (series, yoy over adjacent years only, peer stats) as one query:
 * the screen then renders once when all have arrived instead of three times, which is what keeps a
 * redraw within the bar. For a view of a few units they are one statement, one round trip, whose live
 * facts read the peers' rows once for the three (a 1,000,000-row import made each read them anew). The
 * args travel with the result so charts draw data and range of the same state. Every component of the
 * units is read: choosing components filters in memory.
 */
async function readView(args: TrendsDataArgs) {
  const span = { index: args.index, from: args.from, to: args.to, peerBy: args.peer };
  if (readsViewAtOnce(args.seriesUnits)) {
    const rows = await runFacts((source) =>
      buildTrendsView({
        ...span,
        seriesUnits: args.seriesUnits,
        shownUnits: args.shownUnits,
        home: args.home,
        source,
      }),
    );
    return { args, ...splitTrendsView(rows) };
  }
  const [series, yoy, peers] = await Promise.all([
    runFacts((source) => buildSeries({ ...span, units: args.seriesUnits, source })),
    runFacts((source) => buildYoyDeltas({ ...span, units: args.shownUnits, source })),
    runFacts((source) => buildHomePeerStats({ ...span, homeUnit: args.home, source })),
  ]);
  return { args, series, yoy, peers };
}

export const trendsDataQuery = (args: TrendsDataArgs | null) => keptQuery('view', args, readView);

export function useTrendsData(args: TrendsDataArgs | null) {
  return useQuery(trendsDataQuery(args));
}
