import type { SeriesRow } from '@/sql/series';
import type { HomePeerStatsRow, LevelPeerStatsRow } from '@/sql/trends-extra';
import type { YoyRow } from '@/sql/yoy-deltas';
import type { TrendsRows } from './slice-range';

/**
 * One index read whole (every unit, every year): the screen then changes unit or years in memory.
 * Its peer figures are every level's groups, not yet the home unit's.
 */
export interface IndexBundle extends Omit<TrendsRows, 'peers'> {
  readonly groups: readonly LevelPeerStatsRow[];
}

export interface BundleView {
  readonly home: string;
  readonly seriesUnits: readonly string[];
  readonly shownUnits: readonly string[];
}

const groupKey = (row: { unit_level: string; data_scope: string; component_code: string; year: number }) =>
  `${row.unit_level}|${row.data_scope}|${row.component_code}|${row.year}`;

/**
 * The rows one view needs, cut from the bundle: what the per-view statements return for those units.
 * The home unit's peers are the group of its level and data scope in each year it has a row (a unit
 * can change level only across years, never within one).
 */
export function viewOfBundle(
  bundle: IndexBundle,
  view: BundleView,
): { series: SeriesRow[]; yoy: YoyRow[]; peers: HomePeerStatsRow[] } {
  const seriesUnits = new Set(view.seriesUnits);
  const shownUnits = new Set(view.shownUnits);
  const groups = new Map(bundle.groups.map((group) => [groupKey(group), group]));
  const peers = bundle.yoy
    .filter((row) => row.unit_code === view.home)
    .flatMap((row): HomePeerStatsRow[] => {
      const group = groups.get(groupKey(row));
      if (!group) return [];
      const { unit_level: _level, data_scope: _scope, ...stats } = group;
      return [{ ...stats, home_score: row.score }];
    });
  return {
    series: bundle.series.filter((row) => seriesUnits.has(row.unit_code)),
    yoy: bundle.yoy.filter((row) => shownUnits.has(row.unit_code)),
    peers,
  };
}
