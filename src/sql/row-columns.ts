import * as v from 'valibot';
import { INDEX_CODES } from '@/domain/catalogue';
import type { PeerScope } from '@/domain/data-scope';
import { RANK_NOT_COMPARABLE_REASONS } from './rank-statement';

// Column schemas the declared rows share. A row keeps its SQL column names (snake_case): no reader
// renames them, so a column has one name from the query to the screen's model.

export const text = v.string();
export const optionalText = v.nullable(v.string());
export const count = v.number();
export const optionalNumber = v.nullable(v.number());
export const flag = v.boolean();
export const optionalFlag = v.nullable(v.boolean());
export const indexCode = v.picklist(INDEX_CODES);
export const cellStatus = v.picklist(['scored', 'rank_only', 'not_published', 'missing']);
export const rankSource = v.nullable(v.picklist(['published', 'computed']));
export const datasetKind = v.picklist(['published', 'sample', 'imported']);
/** Whose data a row is (`dataScopeColumn`): peers are units of one scope only. */
export const peerScope = v.picklist(['own', 'sample', 'published'] as const satisfies readonly PeerScope[]);
export const notComparableReason = v.nullable(v.picklist(['method', 'merger']));
/** Why a change of rank is not stated as a change (`rankNotComparableSql`); NULL when it is. */
export const rankNotComparableReason = v.nullable(v.picklist(RANK_NOT_COMPARABLE_REASONS));
/** A comma-joined list (`string_agg(…, ',')`) as its items; '' is none. */
export const textList = v.pipe(
  v.string(),
  v.transform((list): readonly string[] => list.split(',').filter(Boolean)),
);
/** A comma-joined list of years as numbers, in the SQL's order. */
export const yearList = v.pipe(
  v.string(),
  v.transform((list): readonly number[] => list.split(',').filter(Boolean).map(Number)),
);

/** A scored cell's figures and its place among peers, as the series and the weak points read them. */
export const RANKED_SCORE = {
  score: optionalNumber,
  max_score: optionalNumber,
  pct_of_max: optionalNumber,
  rank: optionalNumber,
  rank_source: rankSource,
} as const;

/** Why a cell has (or lacks) a value; gaps are never 0. */
export type CellStatus = v.InferOutput<typeof cellStatus>;
export type RankSource = NonNullable<v.InferOutput<typeof rankSource>>;

/** A declared row: an object of these columns, read-only once checked. */
export function row<TEntries extends v.ObjectEntries>(entries: TEntries) {
  return v.pipe(v.object(entries), v.readonly());
}
