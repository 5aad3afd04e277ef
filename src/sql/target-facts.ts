import * as v from 'valibot';
import type { SqlParam } from '@/db/engine';
import type { RowQuery } from '@/db/rows';
import type { IndexCode } from '@/domain/catalogue';
import type { IndexedTargetPoint, TargetComparison } from '@/domain/targets/targets';
import { breakColumns, comparabilityColumns } from './comparability';
import { rowQuery, type TypedColumn, typedValues } from './query';
import { count, flag, indexCode, optionalNumber, row, text } from './row-columns';

/** What one target needs read: its unit, index and component, from its baseline to its target year. */
export interface TargetSpan {
  readonly id: string;
  readonly index: IndexCode;
  readonly unit: string;
  readonly component: string;
  readonly from: number;
  readonly to: number;
}

/** Row of `buildTargetFacts`, mapped once to the point the target rule reads. */
const TargetFactRow = v.pipe(
  row({
    index_code: indexCode,
    unit_code: text,
    unit_level: text,
    component_code: text,
    year: count,
    score: optionalNumber,
    rank: optionalNumber,
  }),
  v.transform(
    (r): IndexedTargetPoint => ({
      index: r.index_code,
      unit: r.unit_code,
      unitLevel: r.unit_level,
      component: r.component_code,
      year: r.year,
      score: r.score,
      rank: r.rank,
    }),
  ),
);

const SPAN_COLUMNS: readonly TypedColumn[] = [
  ['target_id', 'VARCHAR'],
  ['index_code', 'VARCHAR'],
  ['unit_code', 'VARCHAR'],
  ['component_code', 'VARCHAR'],
  ['from_year', 'INTEGER'],
  ['to_year', 'INTEGER'],
];

/**
 * The scores and ranks (among all peers of the level) the targets are judged on, for each target's
 * unit and component from its baseline to its target year: the one read behind every target verdict,
 * on the trends screen and in the briefing, whatever years either has on screen.
 */
export function buildTargetFacts(spans: readonly TargetSpan[]): RowQuery<IndexedTargetPoint> {
  return rowQuery(
    TargetFactRow,
    `WITH spans AS (${typedValues(SPAN_COLUMNS, spans.length)})
     SELECT DISTINCT f.index_code, f.unit_code, f.unit_level, f.component_code, f.year, f.score, f.rank
     FROM score_facts f JOIN spans s ON f.index_code = s.index_code AND f.unit_code = s.unit_code
       AND f.component_code = s.component_code AND f.year BETWEEN s.from_year AND s.to_year
     WHERE f.peer_by = 'level'
     ORDER BY f.index_code, f.unit_code, f.component_code, f.year`,
    spanParams(spans),
  );
}

/** Row of `buildTargetComparisons`, one per target, mapped once to a `TargetComparison`. */
const TargetComparisonRow = v.pipe(
  row({ target_id: text, comparable: flag, rank_comparable: flag }),
  v.transform(
    (r): TargetComparison => ({
      targetId: r.target_id,
      comparable: r.comparable,
      rankComparable: r.rank_comparable,
    }),
  ),
);

/**
 * Whether each target's baseline and target years compare, by the rule of `comparability.ts`: its
 * scores not across a methodology break or a merger into the unit, its ranks not across a change of
 * the level's peers or a merger. The level is the unit's in the target year, else in the baseline year.
 */
export function buildTargetComparisons(spans: readonly TargetSpan[]): RowQuery<TargetComparison> {
  const levelIn = (year: string) =>
    `(SELECT any_value(f.unit_level) FROM score_facts f WHERE f.peer_by = 'level' AND f.index_code = s.index_code
        AND f.unit_code = s.unit_code AND f.component_code = s.component_code AND f.year = s.${year})`;
  return rowQuery(
    TargetComparisonRow,
    `WITH spans AS (${typedValues(SPAN_COLUMNS, spans.length)}),
     placed AS (
       SELECT s.*, COALESCE(${levelIn('to_year')}, ${levelIn('from_year')}, 'province') AS unit_level FROM spans s
     ),
     judged AS (SELECT p.target_id, ${breakColumns('p', 'p.from_year', 'p.to_year')} FROM placed p)
     SELECT target_id, ${comparabilityColumns('true')} FROM judged ORDER BY target_id`,
    spanParams(spans),
  );
}

function spanParams(spans: readonly TargetSpan[]): SqlParam[] {
  return spans.flatMap((span) => [span.id, span.index, span.unit, span.component, span.from, span.to]);
}
