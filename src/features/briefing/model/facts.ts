import type { Row } from '@/db/engine';
import { type IndexCode, isIndexCode } from '@/domain/catalogue';
import { RANK_NOT_COMPARABLE_REASONS, type RankNotComparableReason } from '@/sql/rank-statement';

/** One index's headline facts for the unit, as the SQL gave them (`buildBriefingTotals`). */
export interface TotalFact {
  readonly index: IndexCode;
  /** The year the reader asked for; `year` is earlier when that year has no figure. */
  readonly askedYear: number;
  readonly year: number;
  readonly unitName: string;
  /** The level the unit is ranked in: the peers of its weak points too. */
  readonly unitLevel: string;
  /** The unit's block in that year: the council pack the briefing's pack link opens. */
  readonly block: string;
  readonly score: number | null;
  readonly maxScore: number | null;
  readonly previousYear: number | null;
  readonly previousScore: number | null;
  readonly scoreChange: number | null;
  readonly comparable: boolean | null;
  readonly reason: 'method' | 'merger' | null;
  readonly rank: number | null;
  readonly previousRank: number | null;
  readonly rankChange: number | null;
  readonly rankComparable: boolean | null;
  /** Why the change of rank is not stated as a change (set with `rankComparable` false). */
  readonly rankReason: RankNotComparableReason | null;
  readonly peerCount: number;
  readonly quartile: number | null;
  /** Kinds of data the total comes from: a sample figure is always labelled as such. */
  readonly kinds: readonly string[];
  /** The asked year is a top-N-only release: a missing figure there is "not published". */
  readonly askedTopN: number | null;
}

/** A component among the three that rose or fell most (`buildBriefingMovers`). */
export interface MoverFact {
  readonly index: IndexCode;
  readonly direction: 'rise' | 'fall';
  readonly componentCode: string;
  readonly componentName: string;
  readonly score: number;
  readonly previousYear: number;
  readonly scoreChange: number;
  readonly rankChange: number | null;
}

const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);
const bool = (value: unknown): boolean | null => (typeof value === 'boolean' ? value : null);
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The SQL's reason a change of rank is not stated as a change (`rankNotComparableSql`). */
export function rankReason(value: unknown): RankNotComparableReason | null {
  return RANK_NOT_COMPARABLE_REASONS.find((reason) => reason === value) ?? null;
}

export function readTotals(rows: readonly Row[], askedYear: number): TotalFact[] {
  return rows.flatMap((row) => {
    const index = str(row.index_code);
    if (!isIndexCode(index)) return [];
    const reason = row.not_comparable_reason;
    return [
      {
        index,
        askedYear,
        year: num(row.year) ?? askedYear,
        unitName: str(row.unit_name),
        unitLevel: str(row.unit_level),
        block: str(row.block),
        score: num(row.score),
        maxScore: num(row.max_score),
        previousYear: num(row.previous_year),
        previousScore: num(row.previous_score),
        scoreChange: num(row.score_change),
        comparable: bool(row.comparable),
        reason: reason === 'method' || reason === 'merger' ? reason : null,
        rank: num(row.rank),
        previousRank: num(row.previous_rank),
        rankChange: num(row.rank_change),
        rankComparable: bool(row.rank_comparable),
        rankReason: rankReason(row.rank_not_comparable_reason),
        peerCount: num(row.peer_count) ?? 0,
        quartile: num(row.peer_quartile),
        kinds: str(row.kinds).split(',').filter(Boolean),
        askedTopN: num(row.asked_top_n),
      },
    ];
  });
}

export function readMovers(rows: readonly Row[]): MoverFact[] {
  return rows.flatMap((row) => {
    const index = str(row.index_code);
    const score = num(row.score);
    const previousYear = num(row.previous_year);
    const scoreChange = num(row.score_change);
    if (!isIndexCode(index) || score === null || previousYear === null || scoreChange === null) return [];
    return [
      {
        index,
        direction: row.direction === 'rise' ? 'rise' : 'fall',
        componentCode: str(row.component_code),
        componentName: str(row.component_name),
        score,
        previousYear,
        scoreChange,
        rankChange: num(row.rank_change),
      },
    ];
  });
}
