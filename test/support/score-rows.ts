import type { SqlParam } from '@/db/engine';
import { type Query, query } from '@/sql/query';
import { DROP_SCORE_FACTS } from '@/sql/score-facts';

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

/** The rows of `rows` whose key comes first, as an import keeps one row per key and dataset. */
export function firstOfEachKey<T>(rows: readonly T[], keyOf: (row: T) => string): T[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const key = keyOf(row);
    const fresh = !seen.has(key);
    seen.add(key);
    return fresh;
  });
}

/**
 * `scores` and `datasets` built from nothing (the same dataset ids with other rows would look
 * unchanged), with no derived facts: datasets a and d imported, b published, c sample; one row per key
 * and dataset.
 */
export function reloadScores(rows: readonly ScoreRowValues[]): Query[] {
  const kept = firstOfEachKey(
    rows,
    (r) => `${r.dataset}|${r.index}|${r.year}|${r.unit}|${r.level}|${r.component}`,
  );
  return [
    ...DROP_SCORE_FACTS.map((statement) => query(statement)),
    query('DELETE FROM scores'),
    query('DELETE FROM datasets'),
    query(`INSERT INTO datasets VALUES ('a', 'imported', 'a', 'a.csv', NULL, NULL, NULL),
      ('b', 'published', 'b', 'b.csv', NULL, NULL, NULL), ('c', 'sample', 'c', 'c.csv', NULL, NULL, NULL),
      ('d', 'imported', 'd', 'd.csv', NULL, NULL, NULL)`),
    ...(kept.length === 0 ? [] : [insertScoreRows(kept)]),
  ];
}
