import type { Row } from '@/db/engine';
import { checkRows, type RowQuery, type RowSchema } from '@/db/rows';
import type { IndexCode } from '@/domain/catalogue';
import { type FactsSource, factsAndPeerFactsCtes, LIVE_COUNT_MAX_UNITS } from './facts-source';
import { type Query, query } from './query';
import type { Fragment, PeerBy } from './ranks';
import { type FactsBody, SeriesRow, seriesBody } from './series';
import { HomePeerStatsRow, homePeerStatsBody } from './trends-extra';
import { YoyRow, yoyBody } from './yoy-deltas';

export interface TrendsViewOptions {
  readonly index: IndexCode;
  readonly from: number;
  readonly to: number;
  readonly peerBy: PeerBy;
  /** The series' units; they hold `shownUnits` and `home`. */
  readonly seriesUnits: readonly string[];
  /** The year-over-year table's units. */
  readonly shownUnits: readonly string[];
  readonly home: string;
  readonly source: FactsSource;
}

/** Which of the three the rows of `buildTrendsView` are: the `part` column of each row. */
export type TrendsViewPart = 'series' | 'yoy' | 'peers';

/** One part's select as a CTE, each row numbered in the part's own order (its select starts with SELECT). */
function partCte(name: TrendsViewPart, body: FactsBody): Fragment {
  const select = body.select.text.replace(/^\s*SELECT /, '');
  if (select === body.select.text) throw new Error(`The ${name} part does not start with SELECT`);
  return {
    text: `${name}_part AS (SELECT row_number() OVER (ORDER BY ${body.order}) AS part_order, ${select})`,
    params: body.select.params,
  };
}

/**
 * `buildSeries`, `buildYoyDeltas` and `buildHomePeerStats` of one view as one statement, one row set:
 * each row names its `part` and its place in that part's order (`part_order`), every other column is
 * that part's (the others' are NULL). The live facts are then read from `scores` once for the three
 * instead of three times (the peers' rows of the series units' cells, which hold the home unit's).
 * Only where the three share a read (`readsViewAtOnce`): otherwise (live, more series units than the
 * count of better peers takes) they are read apart. Same rows as the three
 * (test/unit/sql/trends-view.test.ts); `splitTrendsView` hands them back as theirs.
 */
export function buildTrendsView(options: TrendsViewOptions): Query {
  const span = { index: options.index, from: options.from, to: options.to, peerBy: options.peerBy };
  const shared = factsAndPeerFactsCtes(options.source, {
    index: options.index,
    peerBy: options.peerBy,
    units: options.seriesUnits,
  });
  if (!shared) throw new Error('The trends view reads too many units for one statement');
  const series = seriesBody({ ...span, units: options.seriesUnits });
  const yoy = yoyBody({ ...span, units: options.shownUnits });
  const peers = homePeerStatsBody({ ...span, homeUnit: options.home }, 'peer_facts');
  const bodies = [series.ctes, peers.ctes].filter((cte) => cte !== null);
  const parts = [partCte('series', series), partCte('yoy', yoy), partCte('peers', peers)];
  return query(
    `WITH ${shared.text}, ${[...bodies, ...parts].map((cte) => cte.text).join(',\n')}
     SELECT 'series' AS part, * FROM series_part
     UNION ALL BY NAME SELECT 'yoy' AS part, * FROM yoy_part
     UNION ALL BY NAME SELECT 'peers' AS part, * FROM peers_part
     ORDER BY part, part_order`,
    [...shared.params, ...bodies.flatMap((cte) => cte.params), ...parts.flatMap((cte) => cte.params)],
  );
}

/** Whether `buildTrendsView` takes a view of these series units, from either source. */
export const readsViewAtOnce = (seriesUnits: readonly string[]): boolean =>
  seriesUnits.length > 0 && seriesUnits.length <= LIVE_COUNT_MAX_UNITS;

/** Each part's rows checked against the row of the statement it stands for. */
function partRows<TRow>(rows: readonly Row[], part: TrendsViewPart, row: RowSchema<TRow>): TRow[] {
  const declared: RowQuery<TRow> = { text: `trends view, ${part}`, params: [], row };
  return checkRows(
    declared,
    rows.filter((candidate) => candidate.part === part),
  );
}

/** The rows of `buildTrendsView` as those of the three statements, each in its own order. */
export function splitTrendsView(rows: readonly Row[]) {
  return {
    series: partRows(rows, 'series', SeriesRow),
    yoy: partRows(rows, 'yoy', YoyRow),
    peers: partRows(rows, 'peers', HomePeerStatsRow),
  };
}
