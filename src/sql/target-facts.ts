import type * as v from 'valibot';
import type { SqlParam } from '@/db/engine';
import type { RowQuery } from '@/db/rows';
import type { IndexCode } from '@/domain/catalogue';
import { rowQuery, type TypedColumn, typedValues } from './query';
import { count, indexCode, optionalNumber, row, text } from './row-columns';

/** What one target needs read: its unit, index and component, from its baseline to its target year. */
export interface TargetSpan {
  readonly index: IndexCode;
  readonly unit: string;
  readonly component: string;
  readonly from: number;
  readonly to: number;
}

/** Row of `buildTargetFacts`. */
export const TargetFactRow = row({
  index_code: indexCode,
  unit_code: text,
  unit_level: text,
  component_code: text,
  year: count,
  score: optionalNumber,
  rank: optionalNumber,
  /** Years in which the unit absorbed others, comma-joined ('' = none): a target across one is not comparable. */
  merger_years: text,
});
export type TargetFactRow = v.InferOutput<typeof TargetFactRow>;

const SPAN_COLUMNS: readonly TypedColumn[] = [
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
export function buildTargetFacts(spans: readonly TargetSpan[]): RowQuery<TargetFactRow> {
  const params: SqlParam[] = spans.flatMap((span) => [
    span.index,
    span.unit,
    span.component,
    span.from,
    span.to,
  ]);
  return rowQuery(
    TargetFactRow,
    `WITH spans AS (${typedValues(SPAN_COLUMNS, spans.length)})
     SELECT DISTINCT f.index_code, f.unit_code, f.unit_level, f.component_code, f.year, f.score, f.rank,
            COALESCE((SELECT string_agg(DISTINCT CAST(l.effective_year AS VARCHAR), ',')
                      FROM lineage l WHERE l.new_code = f.unit_code AND l.old_code <> l.new_code), '')
              AS merger_years
     FROM score_facts f JOIN spans s ON f.index_code = s.index_code AND f.unit_code = s.unit_code
       AND f.component_code = s.component_code AND f.year BETWEEN s.from_year AND s.to_year
     WHERE f.peer_by = 'level'
     ORDER BY f.index_code, f.unit_code, f.component_code, f.year`,
    params,
  );
}
