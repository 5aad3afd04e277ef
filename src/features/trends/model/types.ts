import type { CellStatus } from '@/sql/row-columns';

export type { CellStatus };

/** One unit × component × year of the chart grid (gap years included, with their reason). */
export interface SeriesPoint {
  readonly unit: string;
  readonly component: string;
  readonly year: number;
  readonly score: number | null;
  readonly rank: number | null;
  readonly peerCount: number | null;
  readonly status: CellStatus;
}

/** One year with data and its change from the year before (see src/sql/yoy-deltas.ts). */
export interface YoyPoint {
  readonly unit: string;
  readonly unitName: string;
  readonly unitLevel: string;
  /** Whose data the row is (own, sample, published): its peers are of the same scope only. */
  readonly dataScope: string;
  readonly component: string;
  readonly year: number;
  readonly score: number | null;
  readonly rank: number | null;
  readonly peerCount: number | null;
  readonly status: CellStatus;
  readonly previousYear: number | null;
  /** The score of `previousYear` (the base year's, for changes from a base year). */
  readonly previousScore: number | null;
  readonly scoreChange: number | null;
  readonly pctChange: number | null;
  /** Places gained: positive = moved up. */
  readonly rankChange: number | null;
  readonly comparable: boolean | null;
  readonly rankComparable: boolean | null;
  readonly reason: 'method' | 'merger' | null;
}

/** Best and median of the home unit's peers for one component and year. */
export interface PeerPoint {
  readonly component: string;
  readonly year: number;
  readonly best: number;
  readonly bestUnits: readonly string[];
  readonly median: number;
  readonly count: number;
  readonly home: number | null;
}

export interface LineageEdge {
  readonly oldCode: string;
  readonly oldName: string;
  readonly newCode: string;
  readonly newName: string;
  readonly year: number;
}

/** The baseline a chart draws: the home unit's value in the base year, and its change to the last year. */
export interface BaselineMark {
  readonly year: number;
  readonly source: 'chosen' | 'target';
  readonly value: number;
  /** The last year of the range against the base year; null when it has none or is not comparable. */
  readonly change: number | null;
  readonly comparable: boolean | null;
}
