import type { Baseline } from '@/lib/baseline-param';
import { useBriefingMovers, useBriefingTotals } from './use-briefing';
import { useBriefingBase, useBriefingTargets, useBriefingWeak } from './use-briefing-extra';

/**
 * Every query of one unit's briefing in one year, asked in the same render (none waits for another's
 * answer): the briefing screen and each page of the council pack read the same.
 */
export function useUnitBriefing(unit: string | null, year: number | null, baseline: Baseline) {
  return {
    totals: useBriefingTotals(unit, year),
    movers: useBriefingMovers(unit, year),
    base: useBriefingBase(unit, year, baseline),
    targets: useBriefingTargets(unit),
    weak: useBriefingWeak(unit, year),
  };
}

export type UnitBriefing = ReturnType<typeof useUnitBriefing>;
