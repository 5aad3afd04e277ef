import type { IndexCode } from '@/domain/catalogue';
import { type ChangeDirection, changeDirection } from '@/domain/trends/change-direction';
import type { OverviewRow } from '@/sql/overview';
import type { OverviewContextRow } from '@/sql/overview-extra';
import type { RankSource } from '@/sql/ranks';

/** The change shown under the value; each kind has its own wording, none pretends to be a number. */
export type CardChange =
  | { readonly kind: 'first' }
  | { readonly kind: 'unknown'; readonly previousYear: number }
  | { readonly kind: 'not-comparable'; readonly previousYear: number; readonly reason: 'method' | 'merger' }
  | {
      readonly kind: 'delta';
      readonly previousYear: number;
      readonly value: number;
      readonly direction: ChangeDirection;
    };

export type RankChange =
  | { readonly kind: 'none' }
  | { readonly kind: 'not-comparable'; readonly previousYear: number }
  | { readonly kind: 'delta'; readonly previousYear: number; readonly places: number };

export interface CardRank {
  readonly rank: number;
  readonly peerCount: number;
  readonly source: RankSource;
  /** How many units share this rank (1 = alone). */
  readonly tiedWith: number;
  readonly change: RankChange;
  /** 1 = top quarter of the peers … 4 = bottom (PAPI's own bands are these quartiles). */
  readonly quartile: number | null;
}

export type CardModel =
  | { readonly kind: 'empty'; readonly index: IndexCode }
  | {
      readonly kind: 'data';
      readonly index: IndexCode;
      readonly year: number;
      readonly level: string;
      /** Score and % of max; null with `rankOnly` when only the rank was published. */
      readonly score: number | null;
      readonly maxScore: number | null;
      readonly pctOfMax: number | null;
      readonly rankOnly: boolean;
      readonly change: CardChange;
      readonly rank: CardRank | null;
      /** Later years of the index in which this unit has no published figure (PCI top-30 rule). */
      readonly notPublishedYears: readonly number[];
      /** How many units the index publishes from its top-only year on (PCI: 30). */
      readonly topN: number | null;
      readonly sample: boolean;
      readonly datasetIds: readonly string[];
    };

function toChange(row: OverviewRow): CardChange {
  if (row.previous_year === null) return { kind: 'first' };
  if (row.comparable === false)
    return {
      kind: 'not-comparable',
      previousYear: row.previous_year,
      reason: row.not_comparable_reason ?? 'method',
    };
  const direction = changeDirection(row.score_change);
  if (row.score_change === null || direction === null)
    return { kind: 'unknown', previousYear: row.previous_year };
  return { kind: 'delta', previousYear: row.previous_year, value: row.score_change, direction };
}

function toRankChange(row: OverviewRow): RankChange {
  if (row.previous_year === null) return { kind: 'none' };
  if (row.rank_comparable === false) return { kind: 'not-comparable', previousYear: row.previous_year };
  if (row.rank_change === null) return { kind: 'none' };
  return { kind: 'delta', previousYear: row.previous_year, places: row.rank_change };
}

function toRank(row: OverviewRow, context: OverviewContextRow | undefined): CardRank | null {
  if (row.rank === null || row.rank_source === null) return null;
  return {
    rank: row.rank,
    peerCount: row.peer_count,
    source: row.rank_source,
    tiedWith: Math.max(1, context?.tie_count ?? 1),
    change: toRankChange(row),
    quartile: row.peer_quartile,
  };
}

/**
 * Years after the unit's latest figure in which the index published only its top N: the unit was not
 * among them, so those years read "chưa công bố", never a zero and never a silent gap.
 */
export function notPublishedYears(latestYear: number, context: OverviewContextRow | undefined): number[] {
  const last = context?.index_latest_year ?? null;
  const from = context?.top_only_from ?? null;
  if (last === null || from === null) return [];
  const years: number[] = [];
  for (let year = Math.max(latestYear + 1, from); year <= last; year += 1) years.push(year);
  return years;
}

const splitIds = (text: string | null | undefined): string[] => (text ? text.split(',') : []);

/** One card per index, in the order asked for; an index without the unit's total is an empty card. */
export function toCardModels(
  indices: readonly IndexCode[],
  rows: readonly OverviewRow[],
  contexts: readonly OverviewContextRow[],
): CardModel[] {
  return indices.map((index): CardModel => {
    const row = rows.find((candidate) => candidate.index_code === index);
    if (!row) return { kind: 'empty', index };
    const context = contexts.find((candidate) => candidate.index_code === index);
    return {
      kind: 'data',
      index,
      year: row.latest_year,
      level: row.unit_level,
      score: row.score,
      maxScore: row.max_score,
      pctOfMax: row.pct_of_max,
      rankOnly: row.score === null,
      change: toChange(row),
      rank: toRank(row, context),
      notPublishedYears: notPublishedYears(row.latest_year, context),
      topN: context?.top_n ?? null,
      sample: splitIds(context?.kinds).includes('sample'),
      datasetIds: splitIds(context?.dataset_ids),
    };
  });
}
