import type { IndexCode } from '@/domain/catalogue';
import { deltaCtes } from './delta-ctes';
import { type Fragment, inListOrAll, PEER_BY_LITERAL, type PeerBy, rankedCtes } from './ranks';

/**
 * Where a screen's query reads the facts (ranks, previous comparable year, flags) from.
 * - `stored`: the `score_facts` table, once the derived pass is up to date: a plain filter.
 * - `live`: the same CTEs (`deltaCtes`) over `scores`, narrowed to the (index, level) pairs of the units
 *   asked for, with the year-to-year chain only for those units. A screen need not wait for the pass
 *   after an import (a million rows take it tens of seconds), and gets the same rows.
 */
export type FactsSource = 'stored' | 'live';

export interface FactsScope {
  readonly index: IndexCode;
  readonly peerBy: PeerBy;
  /** The units whose facts are read. Empty = every unit of the index. */
  readonly units: readonly string[];
}

/** Rows of `scores` (alias `s`) in the levels where the units have rows: the peers they rank among. */
function pairsOf(index: IndexCode, units: readonly string[]): Fragment {
  const chosen = inListOrAll('u.unit_code', units);
  return {
    text: `s.unit_level IN (SELECT DISTINCT u.unit_level FROM scores u WHERE u.index_code = ? AND ${chosen.text})`,
    params: [index, ...chosen.params],
  };
}

/** The stored rows of the scope (every unit of the pairs: the builders filter units themselves). */
function storedFacts(scope: FactsScope): Fragment {
  return {
    text: 'facts AS (SELECT * FROM score_facts WHERE peer_by = ? AND index_code = ?)',
    params: [scope.peerBy, scope.index],
  };
}

/**
 * CTEs (no leading WITH) ending in `facts`, one row per unit, component and year with data, with
 * every column of `score_facts`. `live`: the chain only for `scope.units`, so `facts` holds only them.
 */
export function factsCtes(source: FactsSource, scope: FactsScope): Fragment {
  if (source === 'stored') return storedFacts(scope);
  const units = inListOrAll('unit_code', scope.units);
  const ctes = deltaCtes([scope.index], scope.peerBy, [], pairsOf(scope.index, scope.units), units);
  return {
    text: `${ctes.text}, facts AS (SELECT ${PEER_BY_LITERAL[scope.peerBy]} AS peer_by, * FROM deltas)`,
    params: ctes.params,
  };
}

/**
 * CTEs ending in `facts` for peer figures (best, median, who ranks first): every unit of the pairs
 * of `scope.units`, ranked among its peers; `live` skips the year-to-year chain, which they do not read.
 */
export function peerFactsCtes(source: FactsSource, scope: FactsScope): Fragment {
  if (source === 'stored') return storedFacts(scope);
  const ranked = rankedCtes([scope.index], scope.peerBy, [], pairsOf(scope.index, scope.units));
  return {
    text: `${ranked.text}, facts AS (SELECT ${PEER_BY_LITERAL[scope.peerBy]} AS peer_by, * FROM ranked
      WHERE score IS NOT NULL OR rank IS NOT NULL)`,
    params: ranked.params,
  };
}
