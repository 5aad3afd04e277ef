import { parseReasons, type WeakReason } from '@/domain/weak/reasons';
import type { BriefingWeakRow } from '@/sql/briefing-weak';

/** How many weak components the briefing names per index (the weak-points screen lists them all). */
export const WEAK_PER_INDEX = 3;

/** A component the weak-points rules flag for the unit (`buildBriefingWeak`, the screen's defaults). */
export interface WeakFact
  extends Pick<
    BriefingWeakRow,
    'index_code' | 'year' | 'component_code' | 'score' | 'median_score' | 'rank_change'
  > {
  readonly reasons: readonly WeakReason[];
}

/**
 * The flagged rows only, per index in the SQL's order (most points behind the best first), at most
 * `WEAK_PER_INDEX` of each index (`buildBriefingWeak` gives every index in one answer).
 */
export function toWeakFacts(rows: readonly BriefingWeakRow[]): WeakFact[] {
  const taken = new Map<BriefingWeakRow['index_code'], number>();
  return rows.flatMap((row) => {
    if (row.component_code === 'TOTAL') return [];
    // A drop of rank the briefing may not state as a change (a break, a merger, new peers, a partial
    // release) is no reason here either: the sentence would say "tụt N bậc" where it is not comparable.
    const rankStated = row.rank_not_comparable_reason === null;
    const reasons = parseReasons(row.reasons).filter((reason) => rankStated || reason !== 'falling_rank');
    if (reasons.length === 0) return [];
    const count = taken.get(row.index_code) ?? 0;
    if (count >= WEAK_PER_INDEX) return [];
    taken.set(row.index_code, count + 1);
    return [
      {
        index_code: row.index_code,
        year: row.year,
        component_code: row.component_code,
        score: row.score,
        median_score: row.median_score,
        rank_change: rankStated ? row.rank_change : null,
        reasons,
      },
    ];
  });
}
