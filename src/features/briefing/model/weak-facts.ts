import type { Row } from '@/db/engine';
import { type IndexCode, isIndexCode } from '@/domain/catalogue';
import { parseReasons, type WeakReason } from '@/domain/weak/reasons';
import { rankReason } from './facts';

/** How many weak components the briefing names per index (the weak-points screen lists them all). */
export const WEAK_PER_INDEX = 3;

/** A component the weak-points rules flag for the unit (`buildBriefingWeak`, the screen's defaults). */
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

/**
 * The flagged rows only, per index in the SQL's order (most points behind the best first), at most
 * `WEAK_PER_INDEX` of each index (`buildBriefingWeak` gives every index in one answer).
 */
export function readWeak(rows: readonly Row[]): WeakFact[] {
  const taken = new Map<IndexCode, number>();
  return rows.flatMap((row) => {
    const index = typeof row.index_code === 'string' ? row.index_code : '';
    if (!isIndexCode(index) || row.component_code === 'TOTAL') return [];
    // A drop of rank the briefing may not state as a change (a break, a merger, new peers, a partial
    // release) is no reason here either: the sentence would say "tụt N bậc" where it is not comparable.
    const rankStated = rankReason(row.rank_not_comparable_reason) === null;
    const reasons = parseReasons(typeof row.reasons === 'string' ? row.reasons : null).filter(
      (reason) => rankStated || reason !== 'falling_rank',
    );
    if (reasons.length === 0) return [];
    const count = taken.get(index) ?? 0;
    if (count >= WEAK_PER_INDEX) return [];
    taken.set(index, count + 1);
    return [
      {
        index,
        year: num(row.year) ?? 0,
        componentCode: typeof row.component_code === 'string' ? row.component_code : '',
        score: num(row.score),
        medianScore: num(row.median_score),
        rankChange: rankStated ? num(row.rank_change) : null,
        reasons,
      },
    ];
  });
}
