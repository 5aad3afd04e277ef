import type { IndexCode } from '@/domain/catalogue';
import { type Query, query } from './query';

/** Row shape of `buildPeerChoices`: one peer group (level and block) of one year. */
export interface PeerChoiceRow {
  readonly year: number;
  readonly unit_level: string;
  readonly block: string;
  readonly units: number;
  /** Comma-joined dataset kinds behind the group (published, sample, imported). */
  readonly kinds: string;
}

/**
 * Years, levels and blocks with data for one index, so the weak-points screen offers only peer groups
 * that exist. Read from `scores` (not the derived table) to know which kinds of dataset are behind
 * each group: a group fed by the bundled sample must say so on screen. A unit without a block has its
 * level as block (the loaders do that), so `block = unit_level` means "no blocks".
 */
export function buildPeerChoices(index: IndexCode): Query {
  return query(
    `SELECT s.year, s.unit_level, s.block, CAST(count(DISTINCT s.unit_code) AS INTEGER) AS units,
            string_agg(DISTINCT d.kind, ',' ORDER BY d.kind) AS kinds
     FROM scores s LEFT JOIN datasets d USING (dataset_id)
     WHERE s.index_code = ? AND (s.score IS NOT NULL OR s.rank IS NOT NULL)
     GROUP BY s.year, s.unit_level, s.block
     ORDER BY s.year DESC, s.unit_level, s.block`,
    [index],
  );
}
