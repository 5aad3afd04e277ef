import type { PeerPoint, SeriesPoint, YoyPoint } from './types';

/** Best and median of one level's units of one data scope for one component and year. */
export interface LevelPeerGroup {
  readonly level: string;
  readonly dataScope: string;
  readonly component: string;
  readonly year: number;
  readonly best: number;
  readonly bestUnits: readonly string[];
  readonly median: number;
  readonly count: number;
}

/** One index read whole (every unit, every year): the screen then changes unit or years in memory. */
export interface IndexBundle {
  readonly series: readonly SeriesPoint[];
  readonly yoy: readonly YoyPoint[];
  readonly groups: readonly LevelPeerGroup[];
}

export interface BundleView {
  readonly home: string;
  readonly seriesUnits: readonly string[];
  readonly shownUnits: readonly string[];
}

/**
 * The rows one view needs, cut from the bundle: what the per-view statements return for those units.
 * The home unit's peers are the group of its level and data scope in each year it has a row (a unit
 * can change level only across years, never within one).
 */
export function viewOfBundle(
  bundle: IndexBundle,
  view: BundleView,
): { series: SeriesPoint[]; yoy: YoyPoint[]; peers: PeerPoint[] } {
  const seriesUnits = new Set(view.seriesUnits);
  const shownUnits = new Set(view.shownUnits);
  const groups = new Map(
    bundle.groups.map((group) => [
      `${group.level}|${group.dataScope}|${group.component}|${group.year}`,
      group,
    ]),
  );
  const peers = bundle.yoy
    .filter((point) => point.unit === view.home)
    .flatMap((point): PeerPoint[] => {
      const group = groups.get(`${point.unitLevel}|${point.dataScope}|${point.component}|${point.year}`);
      if (!group) return [];
      const { best, bestUnits, median, count } = group;
      return [
        { component: point.component, year: point.year, best, bestUnits, median, count, home: point.score },
      ];
    });
  return {
    series: bundle.series.filter((point) => seriesUnits.has(point.unit)),
    yoy: bundle.yoy.filter((point) => shownUnits.has(point.unit)),
    peers,
  };
}
