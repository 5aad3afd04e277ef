import type * as v from 'valibot';
import type { RowQuery } from '@/db/rows';
import type { IndexCode } from '@/domain/catalogue';
import { type FactsSource, peerFactsCtes } from './facts-source';
import { rowQuery } from './query';
import {
  count,
  datasetKind,
  indexCode,
  optionalNumber,
  optionalText,
  peerScope,
  row,
  text,
} from './row-columns';
import { type FactsBody, withFacts } from './series';

/** Row of `buildIndexYears`. */
export const IndexYearsRow = row({ index_code: indexCode, first_year: count, last_year: count });
export type IndexYearsRow = v.InferOutput<typeof IndexYearsRow>;

/** The peer figures of one component and year; `best_units` comma-joined (null when no rank 1). */
const PEER_STATS = {
  component_code: text,
  year: count,
  best_score: count,
  best_units: optionalText,
  median_score: count,
  scored_count: count,
};

/** Row of `buildHomePeerStats`: the peers' figures beside the home unit's own score. */
export const HomePeerStatsRow = row({ ...PEER_STATS, home_score: optionalNumber });
export type HomePeerStatsRow = v.InferOutput<typeof HomePeerStatsRow>;

/** Row of `buildLevelPeerStats`: the peers' figures of every level and data scope. */
export const LevelPeerStatsRow = row({ ...PEER_STATS, unit_level: text, data_scope: peerScope });
export type LevelPeerStatsRow = v.InferOutput<typeof LevelPeerStatsRow>;

/** Row of `buildUnitDatasets`. */
export const UnitDatasetRow = row({ unit_code: text, dataset_id: text, kind: datasetKind, label: text });
export type UnitDatasetRow = v.InferOutput<typeof UnitDatasetRow>;

import type { PeerBy } from './ranks';

/**
 * First and last year with a score, per index: the trends screen's default year range. Read from
 * `scores`, so it never waits for the derived pass: the one row of a key kept in the facts has a
 * score whenever any of its datasets has one, so the years are those of the facts.
 */
export function buildIndexYears(): RowQuery<IndexYearsRow> {
  return rowQuery(
    IndexYearsRow,
    `SELECT index_code, min(year) AS first_year, max(year) AS last_year
     FROM scores WHERE score IS NOT NULL
     GROUP BY index_code ORDER BY index_code`,
  );
}

export interface HomePeerStatsOptions {
  readonly index: IndexCode;
  readonly homeUnit: string;
  readonly peerBy: PeerBy;
  readonly from: number;
  readonly to: number;
  readonly source?: FactsSource;
}

/**
 * Best and median of the home unit's peers per component and year. The group is read from the home
 * unit's own row of each year (its level and data scope, and its block when grouping by block),
 * because a unit can change block between years (Sóc Trăng's advising agencies) and the
 * screen should not need a query to learn the block first. A year without a home row has no peers.
 * The units ranked first are those with the best score of their group (`tops`: what RANK() = 1 means;
 * the home unit has one row per level, year and component, so its level names the group), so the
 * live facts need no rank window over every peer of a large level.
 */
export function buildHomePeerStats(options: HomePeerStatsOptions): RowQuery<HomePeerStatsRow> {
  const facts = peerFactsCtes(options.source ?? 'stored', {
    index: options.index,
    peerBy: options.peerBy,
    units: [options.homeUnit],
  });
  return withFacts(HomePeerStatsRow, facts, homePeerStatsBody(options));
}

/** `buildHomePeerStats`' CTEs, select and order over a CTE of peer facts (`peerFactsCtes`' columns). */
export function homePeerStatsBody(options: HomePeerStatsOptions, facts = 'facts'): FactsBody {
  return {
    ctes: {
      text: `home AS (
       SELECT year, component_code, unit_level, block, data_scope, score FROM ${facts}
       WHERE unit_code = ? AND year BETWEEN ? AND ?
     ),
     peers AS (
       SELECT f.component_code, f.year, f.unit_code, f.score, f.higher_is_better, f.sort_order,
              h.score AS home_score, h.unit_level
       FROM ${facts} f JOIN home h ON f.year = h.year AND f.component_code = h.component_code
         AND f.unit_level = h.unit_level AND f.data_scope = h.data_scope
         AND (f.peer_by = 'level' OR f.block = h.block)
       WHERE f.score IS NOT NULL
     ),
     tops AS (
       SELECT component_code, year, unit_level,
              CASE WHEN bool_and(higher_is_better) THEN max(score) ELSE min(score) END AS top
       FROM peers GROUP BY component_code, year, unit_level
     )`,
      params: [options.homeUnit, options.from, options.to],
    },
    select: {
      text: `SELECT p.component_code, p.year,
            CASE WHEN bool_and(p.higher_is_better) THEN max(p.score) ELSE min(p.score) END AS best_score,
            string_agg(p.unit_code, ',' ORDER BY p.unit_code) FILTER (WHERE p.score = t.top) AS best_units,
            median(p.score) AS median_score, CAST(count(*) AS INTEGER) AS scored_count,
            max(p.home_score) AS home_score
     FROM peers p JOIN tops t ON t.component_code = p.component_code AND t.year = p.year
       AND t.unit_level = p.unit_level
     GROUP BY p.component_code, p.year`,
      params: [],
    },
    order: 'min(p.sort_order), p.component_code, p.year',
  };
}

/** Which datasets hold each unit's figures of one index, for the charts' provenance footnotes. */
export function buildUnitDatasets(index: IndexCode): RowQuery<UnitDatasetRow> {
  return rowQuery(
    UnitDatasetRow,
    `SELECT DISTINCT s.unit_code, s.dataset_id, d.kind, d.label
     FROM scores s JOIN datasets d ON d.dataset_id = s.dataset_id
     WHERE s.index_code = ?
     ORDER BY s.unit_code, s.dataset_id`,
    [index],
  );
}

export interface LevelPeerStatsOptions {
  readonly index: IndexCode;
  readonly from: number;
  readonly to: number;
  readonly source?: FactsSource;
}

/**
 * Best and median of every level's units per data scope, component and year, for all levels at once:
 * the trends screen reads an index once and then changes its home unit without a query, picking the
 * group of the home unit's level and scope in each year (the figures `buildHomePeerStats` gives with
 * `level`).
 */
export function buildLevelPeerStats(options: LevelPeerStatsOptions): RowQuery<LevelPeerStatsRow> {
  const facts = peerFactsCtes(options.source ?? 'stored', {
    index: options.index,
    peerBy: 'level',
    units: [],
  });
  return rowQuery(
    LevelPeerStatsRow,
    `WITH ${facts.text}
     SELECT unit_level, data_scope, component_code, year,
            CASE WHEN bool_and(higher_is_better) THEN max(score) ELSE min(score) END AS best_score,
            string_agg(unit_code, ',' ORDER BY unit_code) FILTER (WHERE computed_rank = 1) AS best_units,
            median(score) AS median_score, CAST(count(*) AS INTEGER) AS scored_count
     FROM facts
     WHERE score IS NOT NULL AND year BETWEEN ? AND ?
     GROUP BY unit_level, data_scope, component_code, year
     ORDER BY unit_level, data_scope, min(sort_order), component_code, year`,
    [...facts.params, options.from, options.to],
  );
}
