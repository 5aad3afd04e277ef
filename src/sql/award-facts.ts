import * as v from 'valibot';
import type { SqlParam } from '@/db/engine';
import type { RowQuery } from '@/db/rows';
import { type BlockResolution, NO_BLOCK_DEFAULTS } from '@/domain/awards/block-defaults';
import type { ComparisonBases, FactComponents } from '@/domain/awards/fact-scope';
import type { ComparisonFact, PeriodFact, ScoreFact } from '@/domain/awards/fact-types';
import type { BandScheme } from '@/domain/awards/rule-set-types';
import type { IndexCode } from '@/domain/catalogue';
import { breakColumns, comparabilityColumns } from './comparability';
import { asFact } from './fact-names';
import { BOUND_LIST, bindList, rowQuery, type TypedColumn, typedValues } from './query';
import {
  count,
  datasetKind,
  flag,
  indexCode,
  notComparableReason,
  optionalFlag,
  optionalNumber,
  optionalText,
  row,
  text,
} from './row-columns';

/** What the award facts read: which datasets and indices, which years, which band schemes. */
export interface AwardFactScope {
  readonly datasetIds: readonly string[];
  readonly indices: readonly IndexCode[];
  readonly fromYear: number;
  readonly toYear: number;
  readonly bands: readonly BandScheme[];
  /**
   * The series the clauses read (absent: every component). A unit-year with none of them keeps all
   * its rows, so the units judged and the block each is judged in stay those of every row.
   */
  readonly series?: FactComponents;
  /** The rule set's default blocks (absent: the blocks as stored). */
  readonly blocks?: BlockResolution;
}

const BAND_COLUMNS: readonly TypedColumn[] = [
  ['scheme_no', 'INTEGER'],
  ['index_code', 'VARCHAR'],
  ['component_code', 'VARCHAR'],
  ['level', 'VARCHAR'],
  ['block', 'VARCHAR'],
  ['from_year', 'INTEGER'],
  ['to_year', 'INTEGER'],
  ['band_id', 'VARCHAR'],
  ['band_order', 'INTEGER'],
  ['min_pct', 'DOUBLE'],
];
const LEVEL_BLOCK_COLUMNS: readonly TypedColumn[] = [
  ['level', 'VARCHAR'],
  ['block', 'VARCHAR'],
];
const UNIT_BLOCK_COLUMNS: readonly TypedColumn[] = [
  ['unit_code', 'VARCHAR'],
  ['block', 'VARCHAR'],
];
/** The level whose units are provinces: the home province's series (`of: 'province'`) are theirs. */
const PROVINCE_LEVEL = 'province';
const UNIT_COMPONENT_COLUMNS: readonly TypedColumn[] = [
  ['unit_code', 'VARCHAR'],
  ['component_code', 'VARCHAR'],
];
const ADVISER_BLOCK_COLUMNS: readonly TypedColumn[] = [
  ['year', 'INTEGER'],
  ['unit_code', 'VARCHAR'],
  ['block', 'VARCHAR'],
];

/** Band thresholds travel as bound parameters: one VALUES row of placeholders per band. */
function bandDefinitions(bands: readonly BandScheme[]): { text: string; params: SqlParam[] } {
  const params: SqlParam[] = [];
  for (const [schemeNo, scheme] of bands.entries()) {
    for (const [i, band] of scheme.bands.entries()) {
      params.push(schemeNo, scheme.index, scheme.component, scheme.level, scheme.block, scheme.fromYear);
      params.push(scheme.toYear, band.id, i + 1, band.minPct);
    }
  }
  return { text: typedValues(BAND_COLUMNS, params.length / BAND_COLUMNS.length), params };
}

/** The default blocks by level and of the year's advising agencies, as bound rows. */
function blockDefinitions(blocks: BlockResolution): {
  levels: string;
  advisers: string;
  units: string;
  params: SqlParam[];
} {
  const params: SqlParam[] = [];
  for (const entry of blocks.levels) params.push(entry.level, entry.block);
  for (const entry of blocks.advisers) params.push(entry.year, entry.unitCode, entry.block);
  for (const entry of blocks.units) params.push(entry.unitCode, entry.block);
  return {
    levels: typedValues(LEVEL_BLOCK_COLUMNS, blocks.levels.length),
    advisers: typedValues(ADVISER_BLOCK_COLUMNS, blocks.advisers.length),
    units: typedValues(UNIT_BLOCK_COLUMNS, blocks.units.length),
    params,
  };
}

/**
 * The band a value falls in: the most specific scheme (block, then level) for its index, component
 * and year, and in it the best band whose lower bound the value reaches.
 */
function bandJoin(
  source: string,
  keys: string,
  pct: string,
  level: string,
  block: string,
  year: string,
): string {
  return `SELECT ${keys}, d.band_id, d.band_order
    FROM ${source} s JOIN band_defs d
      ON d.index_code = s.index_code AND d.component_code = s.component_code
     AND (d.level IS NULL OR d.level = s.${level}) AND (d.block IS NULL OR d.block = s.${block})
     AND s.${year} >= d.from_year AND (d.to_year IS NULL OR s.${year} <= d.to_year)
     AND s.${pct} IS NOT NULL AND (d.min_pct IS NULL OR s.${pct} >= d.min_pct)
    QUALIFY row_number() OVER (PARTITION BY ${keys}
      ORDER BY (d.block IS NOT NULL)::INTEGER * 2 + (d.level IS NOT NULL)::INTEGER DESC, d.scheme_no, d.min_pct DESC NULLS LAST) = 1`;
}

/**
 * Per unit, component and year: value, % of max, the previous year with a value and whether it is
 * comparable (the rule of `comparability.ts`, the one `score_facts` follows), band, rank in block.
 * The previous year and the rank are not read from `score_facts`: the awards judge the datasets the
 * user chose (score_facts keeps one row per key across all of them) in the rule set's blocks, ranked
 * by % of max, which are not the stored blocks and ranks.
 */
function scoredCtes(scope: AwardFactScope): { text: string; params: SqlParam[] } {
  const bands = bandDefinitions(scope.bands);
  const blocks = blockDefinitions(scope.blocks ?? NO_BLOCK_DEFAULTS);
  const everyComponent = scope.series === undefined;
  const components = scope.series?.components ?? [];
  const unitComponents = scope.series?.unitComponents ?? [];
  const provinceComponents = scope.series?.provinceComponents ?? [];
  // A unit the user mapped is in that block. Otherwise a stored block equal to the unit level is the
  // import's fallback for "no block column": only then do the defaults apply (an advising agency of
  // the year first, then the level's block).
  const text = `band_defs AS MATERIALIZED (${bands.text}),
  level_blocks AS (${blocks.levels}),
  adviser_blocks AS (${blocks.advisers}),
  unit_blocks AS (${blocks.units}),
  in_scope AS (
    SELECT * FROM scores s
    WHERE list_contains(${BOUND_LIST}, s.dataset_id) AND list_contains(${BOUND_LIST}, s.index_code) AND s.year <= ?
  ),
  unit_components AS (${typedValues(UNIT_COMPONENT_COLUMNS, unitComponents.length)}),
  read AS (
    SELECT s.* FROM in_scope s WHERE ? OR list_contains(${BOUND_LIST}, s.component_code)
      OR (s.unit_level = ? AND list_contains(${BOUND_LIST}, s.component_code))
      OR (s.unit_code, s.component_code) IN (SELECT (unit_code, component_code) FROM unit_components)
  ),
  -- Filtered before any window: the rows of the series read, and every row of a unit-year without one.
  read_rows AS (
    SELECT * FROM read
    UNION ALL
    SELECT s.* FROM in_scope s
    WHERE NOT ? AND NOT EXISTS (SELECT 1 FROM read r WHERE r.unit_code = s.unit_code AND r.year = s.year)
  ),
  base AS MATERIALIZED (
    SELECT s.index_code, s.year, s.unit_code, s.unit_name, s.unit_level,
           CASE WHEN ub.block IS NOT NULL THEN ub.block
                WHEN s.block IS NOT NULL AND s.block <> s.unit_level THEN s.block
                ELSE COALESCE(ab.block, lb.block, s.block, s.unit_level) END AS block,
           s.component_code, s.score, s.max_score, s.rank AS published_rank,
           CASE WHEN s.score IS NOT NULL AND s.max_score > 0 THEN round(s.score / s.max_score * 100, 6) END AS pct
    FROM read_rows s
    LEFT JOIN level_blocks lb ON lb.level = s.unit_level
    LEFT JOIN adviser_blocks ab ON ab.year = s.year AND ab.unit_code = s.unit_code
    LEFT JOIN unit_blocks ub ON ub.unit_code = s.unit_code
  ),
  valued AS (
    SELECT index_code, unit_code, unit_level, component_code, year,
           lag(year) OVER w AS prev_year, lag(score) OVER w AS prev_score,
           lag(pct) OVER w AS prev_pct, lag(max_score) OVER w AS prev_max_score
    FROM base WHERE score IS NOT NULL
    WINDOW w AS (PARTITION BY index_code, unit_code, component_code ORDER BY year)
  ),
  judged AS (SELECT v.*, ${breakColumns('v', 'v.prev_year', 'v.year')} FROM valued v),
  compared AS (
    SELECT index_code, unit_code, component_code, year, prev_year, prev_score, prev_pct, prev_max_score,
           ${comparabilityColumns('prev_year IS NOT NULL')}
    FROM judged
  ),
  banded AS (${bandJoin('base', 's.index_code, s.unit_code, s.component_code, s.year', 'pct', 'unit_level', 'block', 'year')}),
  scored AS (
    SELECT b.*, v.prev_year, v.prev_score, v.prev_pct, v.prev_max_score, v.comparable, v.not_comparable_reason,
           bd.band_id, bd.band_order,
           CASE WHEN b.pct IS NOT NULL THEN rank() OVER (
             PARTITION BY b.index_code, b.year, b.block, b.component_code ORDER BY b.pct DESC NULLS LAST) END AS rank_in_block,
           count(b.pct) OVER (PARTITION BY b.index_code, b.year, b.block, b.component_code) AS block_size
    FROM base b
    LEFT JOIN compared v USING (index_code, unit_code, component_code, year)
    LEFT JOIN banded bd USING (index_code, unit_code, component_code, year)
  )`;
  return {
    text,
    params: [
      ...bands.params,
      ...blocks.params,
      bindList(scope.datasetIds),
      bindList(scope.indices),
      scope.toYear,
      ...unitComponents.flatMap((entry) => [entry.unitCode, entry.component]),
      everyComponent,
      bindList(components),
      PROVINCE_LEVEL,
      bindList(provinceComponents),
      everyComponent,
    ],
  };
}

/**
 * The row of `buildAwardScoreFacts`, mapped once to the rule evaluation's `ScoreFact`: comparability
 * is the SQL's (src/sql/comparability.ts); none without a previous year.
 */
const ScoreFactRow = v.pipe(
  row({
    index_code: indexCode,
    year: count,
    unit_code: text,
    unit_name: text,
    unit_level: text,
    block: text,
    component_code: text,
    score: optionalNumber,
    max_score: optionalNumber,
    pct: optionalNumber,
    published_rank: optionalNumber,
    prev_year: optionalNumber,
    prev_score: optionalNumber,
    prev_pct: optionalNumber,
    prev_max_score: optionalNumber,
    comparable: optionalFlag,
    not_comparable_reason: notComparableReason,
    rank_in_block: optionalNumber,
    block_size: count,
    band_id: optionalText,
    band_order: optionalNumber,
  }),
  // No previous year: not comparable.
  v.transform((r): ScoreFact => ({ ...asFact(r), comparable: r.comparable ?? false })),
);

/** Score facts of every year up to `toYear` from `fromYear` on, previous years still feeding the deltas. */
export function buildAwardScoreFacts(scope: AwardFactScope): RowQuery<ScoreFact> {
  const ctes = scoredCtes(scope);
  return rowQuery(
    ScoreFactRow,
    `WITH ${ctes.text}
     SELECT index_code, year, unit_code, unit_name, unit_level, block, component_code, score, max_score, pct,
            published_rank, prev_year, prev_score, prev_pct, prev_max_score, comparable, not_comparable_reason,
            rank_in_block, block_size, band_id, band_order
     FROM scored WHERE year >= ?
     ORDER BY index_code, unit_code, component_code, year`,
    [...ctes.params, scope.fromYear],
  );
}

/** The row of `buildAwardComparisons`, mapped once to a `ComparisonFact`. */
const ComparisonRow = v.pipe(
  row({
    index_code: indexCode,
    unit_code: text,
    component_code: text,
    base_year: count,
    year: count,
    comparable: flag,
    rank_comparable: flag,
    not_comparable_reason: notComparableReason,
  }),
  v.transform((r): ComparisonFact => asFact(r)),
);

const BASE_YEAR_COLUMNS: readonly TypedColumn[] = [['base_year', 'INTEGER']];

/**
 * For each series and year from `fromYear` on, whether it compares with each base year the clauses
 * name and, for rank clauses without one, with the year before: the rule of `comparability.ts`, so a
 * clause never decides comparability itself. A base year after the judged year is compared the other way.
 */
export function buildAwardComparisons(
  scope: AwardFactScope,
  bases: ComparisonBases,
): RowQuery<ComparisonFact> {
  const ctes = scoredCtes(scope);
  return rowQuery(
    ComparisonRow,
    `WITH ${ctes.text},
     base_years AS (${typedValues(BASE_YEAR_COLUMNS, bases.years.length)}),
     series_years AS (
       SELECT DISTINCT index_code, unit_code, unit_level, component_code, year FROM base WHERE year >= ?
     ),
     pairs AS (
       SELECT s.*, y.base_year FROM series_years s, base_years y
       UNION
       SELECT s.*, s.year - 1 AS base_year FROM series_years s WHERE ?
     ),
     pairs_judged AS (
       SELECT p.*, ${breakColumns('p', 'least(p.base_year, p.year)', 'greatest(p.base_year, p.year)')} FROM pairs p
     )
     SELECT index_code, unit_code, component_code, base_year, year, ${comparabilityColumns('true')}
     FROM pairs_judged
     ORDER BY index_code, unit_code, component_code, year, base_year`,
    [...ctes.params, ...bases.years, scope.fromYear, bases.priorYear],
  );
}

/** The row of `buildAwardPeriodFacts` (`years` comma-joined), mapped once to a `PeriodFact` of `window`. */
function periodFactRow(window: { readonly from: number; readonly to: number }) {
  return v.pipe(
    row({
      index_code: indexCode,
      unit_code: text,
      component_code: text,
      years: text,
      avg_score: optionalNumber,
      avg_pct: optionalNumber,
      worst_band_order: optionalNumber,
      last_block: text,
      band_id: optionalText,
      band_order: optionalNumber,
      rank_in_block: optionalNumber,
    }),
    v.transform(
      (r): PeriodFact => ({
        ...asFact(r),
        fromYear: window.from,
        toYear: window.to,
        years: r.years.split(',').map(Number),
      }),
    ),
  );
}

/** Period facts over [fromYear, toYear]: averages, the band of the average, its rank in the last block. */
export function buildAwardPeriodFacts(scope: AwardFactScope): RowQuery<PeriodFact> {
  const ctes = scoredCtes(scope);
  return rowQuery(
    periodFactRow({ from: scope.fromYear, to: scope.toYear }),
    `WITH ${ctes.text},
     agg AS (
       SELECT index_code, unit_code, component_code,
              string_agg(CAST(year AS VARCHAR), ',' ORDER BY year) AS years,
              avg(score) AS avg_score, round(avg(pct), 6) AS avg_pct, max(band_order) AS worst_band_order,
              arg_max(block, year) AS last_block, arg_max(unit_level, year) AS last_level, max(year) AS last_year
       FROM scored WHERE year >= ? AND score IS NOT NULL
       GROUP BY index_code, unit_code, component_code
     ),
     agg_band AS (${bandJoin('agg', 's.index_code, s.unit_code, s.component_code', 'avg_pct', 'last_level', 'last_block', 'last_year')})
     SELECT a.index_code, a.unit_code, a.component_code, a.years, a.avg_score, a.avg_pct, a.worst_band_order,
            a.last_block, ab.band_id, ab.band_order,
            CASE WHEN a.avg_pct IS NOT NULL THEN rank() OVER (
              PARTITION BY a.index_code, a.component_code, a.last_block ORDER BY a.avg_pct DESC NULLS LAST) END AS rank_in_block
     FROM agg a LEFT JOIN agg_band ab USING (index_code, unit_code, component_code)
     ORDER BY a.index_code, a.unit_code, a.component_code`,
    [...ctes.params, scope.fromYear],
  );
}

/** Row of `buildAwardDatasets`: a dataset without rows has no years. */
export const AwardDatasetRow = row({
  dataset_id: text,
  kind: datasetKind,
  label: text,
  first_year: optionalNumber,
  last_year: optionalNumber,
  internal: flag,
});
export type AwardDatasetRow = v.InferOutput<typeof AwardDatasetRow>;

/**
 * The datasets the awards screen can judge, with the years each holds and whether it holds a
 * province's own units (`internalLevels`), which make it the screen's default once imported.
 */
export function buildAwardDatasets(internalLevels: readonly string[]): RowQuery<AwardDatasetRow> {
  return rowQuery(
    AwardDatasetRow,
    `SELECT d.dataset_id, d.kind, d.label, min(s.year) AS first_year, max(s.year) AS last_year,
            coalesce(bool_or(list_contains(${BOUND_LIST}, s.unit_level)), false) AS internal
     FROM datasets d LEFT JOIN scores s USING (dataset_id)
     GROUP BY d.dataset_id, d.kind, d.label, d.added_at
     ORDER BY CASE d.kind WHEN 'sample' THEN 0 WHEN 'published' THEN 1 ELSE 2 END, d.added_at, d.dataset_id`,
    [bindList(internalLevels)],
  );
}
