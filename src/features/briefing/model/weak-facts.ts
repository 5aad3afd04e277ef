import type { Row } from '@/db/engine';
import type { IndexCode } from '@/domain/catalogue';
import { parseReasons, type WeakReason } from '@/domain/weak/reasons';

/** How many weak components the briefing names per index (the weak-points screen lists them all). */
export const WEAK_PER_INDEX = 3;

/** A component the weak-points rules flag for the unit (`buildWeakPoints`, the screen's defaults). */
export interface WeakFact {
  readonly index: IndexCode;
  readonly year: number;
  readonly componentCode: string;
  readonly score: number | null;
  readonly medianScore: number | null;
  readonly rankChange: number | null;
  readonly reasons: readonly WeakReason[];
}

const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);

/** The flagged rows only, in the screen's order (most points behind the best first), at most `WEAK_PER_INDEX`. */
export function readWeak(index: IndexCode, rows: readonly Row[]): WeakFact[] {
  return rows
    .filter((row) => row.component_code !== 'TOTAL' && (row.is_low === true || row.is_falling === true))
    .slice(0, WEAK_PER_INDEX)
    .map((row) => ({
      index,
      year: num(row.year) ?? 0,
      componentCode: typeof row.component_code === 'string' ? row.component_code : '',
      score: num(row.score),
      medianScore: num(row.median_score),
      rankChange: num(row.rank_change),
      reasons: parseReasons(typeof row.reasons === 'string' ? row.reasons : null),
    }));
}
