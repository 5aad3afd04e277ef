import type { BriefingMoverRow, BriefingTotalRow } from '@/sql/briefing';

/** One index's headline facts for the unit, as `buildBriefingTotals` declares them. */
export type TotalFact = BriefingTotalRow;

/** A component among the three that rose or fell most, as `buildBriefingMovers` declares it. */
export type MoverFact = BriefingMoverRow;
