import type { SqlParam } from '@/db/engine';
import { type Query, query } from '@/sql/query';

/** A row of `scores` as the property tests write it: any dataset, unit, year, level, block and component. */
export interface ScoreRowValues {
  readonly dataset: string;
  readonly index: string;
  readonly year: number;
  readonly unit: string;
  readonly level: string;
  readonly block: string;
  readonly component: string;
  readonly score: number | null;
  readonly rank: number | null;
}

/**
 * One INSERT of these rows into `scores` (there must be one at least): the unit is named `Unit <code>`,
 * the component by its code, every score out of 10, each from the file's first row.
 */
export function insertScoreRows(rows: readonly ScoreRowValues[]): Query {
  const values = rows.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 10, ?, 1)').join(', ');
  const params: SqlParam[] = rows.flatMap((r) => [
    r.dataset,
    r.index,
    r.year,
    r.unit,
    `Unit ${r.unit}`,
    r.level,
    r.block,
    r.component,
    r.component,
    r.score,
    r.rank,
  ]);
  return query(`INSERT INTO scores VALUES ${values}`, params);
}
