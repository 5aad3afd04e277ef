import type { IndexCode } from '@/domain/catalogue';
import { chainCtes, deltaCtes } from './delta-ctes';
import { livePeersCtes, liveRankedCtes } from './live-ranks';
import { type Fragment, inListOrAll, PEER_BY_LITERAL, type PeerBy, rankedCtes } from './ranks';

/**
 * Where a screen's query reads the facts (ranks, previous comparable year, flags) from.
 * - `stored`: the `score_facts` table, once the derived pass is up to date: a plain filter.
 * - `live`: computed from `scores` in the query. For a few units (`live-ranks.ts`): their rows, ranked by
 *   a count of better peers in the cells they have rows in, the choice among datasets made only for
 *   the units several datasets hold, and the year-to-year chain (`chainCtes`) over their rows alone;
 *   for many units or every unit of the index, the windows of `deltaCtes`. A screen need not wait for the pass after
 *   an import (a million rows take it minutes), and gets the same rows (test/unit/sql/facts-source.test.ts).
 */
export type FactsSource = 'stored' | 'live';

export interface FactsScope {
  readonly index: IndexCode;
  readonly peerBy: PeerBy;
  /** The units whose facts are read. Empty = every unit of the index. */
  readonly units: readonly string[];
}

/**
 * Up to this many units, the live facts count each row's better peers (`live-ranks.ts`); beyond, the
 * join of their rows with their cells' rows (units × peers of a cell) outgrows a sort of the peers,
 * and the windows of `deltaCtes` are faster (150 units × 100 criteria × 10 years: 3.3 s CPU against
 * 1.6 s). The trends view reads its home unit, up to 5 compared units and their predecessors.
 */
export const LIVE_COUNT_MAX_UNITS = 16;

/** Rows of `scores` (alias `s`) in the levels where the units have rows: the peers they rank among. */
function pairsOf(index: IndexCode, units: readonly string[]): Fragment {
  const chosen = inListOrAll('u.unit_code', units);
  return {
    text: `s.unit_level IN (SELECT DISTINCT u.unit_level FROM scores u WHERE u.index_code = ? AND ${chosen.text})`,
    params: [index, ...chosen.params],
  };
}

const countsPeers = (scope: FactsScope) =>
  scope.units.length > 0 && scope.units.length <= LIVE_COUNT_MAX_UNITS;

/** The stored rows of the scope (every unit of the pairs: the builders filter units themselves). */
function storedFacts(scope: FactsScope): Fragment {
  return {
    text: 'facts AS (SELECT * FROM score_facts WHERE peer_by = ? AND index_code = ?)',
    params: [scope.peerBy, scope.index],
  };
}

/**
 * CTEs (no leading WITH) ending in `facts`, one row per unit, component and year with data, with
 * every column of `score_facts`. `live` with units: `facts` holds only theirs (the windows' path too).
 */
export function factsCtes(source: FactsSource, scope: FactsScope): Fragment {
  if (source === 'stored') return storedFacts(scope);
  if (countsPeers(scope)) {
    const ranked = liveRankedCtes(scope.index, scope.peerBy, scope.units);
    const chain = chainCtes();
    return {
      text: `${ranked.text}, ${chain.text}, facts AS (SELECT ${PEER_BY_LITERAL[scope.peerBy]} AS peer_by, * FROM deltas)`,
      params: [...ranked.params, ...chain.params],
    };
  }
  const units = inListOrAll('unit_code', scope.units);
  const ctes = deltaCtes([scope.index], scope.peerBy, [], pairsOf(scope.index, scope.units), units);
  return {
    text: `${ctes.text}, facts AS (SELECT ${PEER_BY_LITERAL[scope.peerBy]} AS peer_by, * FROM deltas)`,
    params: ctes.params,
  };
}

/**
 * CTEs ending in `facts` for peer figures (best, median, who ranks first): every unit of the pairs
 * of `scope.units`. `live` skips the year-to-year chain, which they do not read; with units, it
 * also skips the ranks (the builders take the first place as the best score of a group) and holds
 * only the rows of the cells the units have rows in, with the columns those builders read.
 */
export function peerFactsCtes(source: FactsSource, scope: FactsScope): Fragment {
  if (source === 'stored') return storedFacts(scope);
  if (countsPeers(scope)) {
    const peers = livePeersCtes(scope.index, scope.units);
    const facts = peerFactsOfPeerRows(scope, 'facts');
    return { text: `${peers.text}, ${facts.text}`, params: [...peers.params, ...facts.params] };
  }
  const ranked = rankedCtes([scope.index], scope.peerBy, [], pairsOf(scope.index, scope.units));
  return {
    text: `${ranked.text}, facts AS (SELECT ${PEER_BY_LITERAL[scope.peerBy]} AS peer_by, * FROM ranked
      WHERE score IS NOT NULL OR rank IS NOT NULL)`,
    params: ranked.params,
  };
}

/** CTE `name` of `peerFactsCtes`' live columns, from the CTE `peer_rows` of `livePeersCtes`. */
function peerFactsOfPeerRows(scope: FactsScope, name: string): Fragment {
  return {
    text: `${name} AS (
        SELECT ${PEER_BY_LITERAL[scope.peerBy]} AS peer_by, p.*, COALESCE(c.higher_is_better, true) AS higher_is_better,
               COALESCE(c.sort_order, 999) AS sort_order
        FROM peer_rows p LEFT JOIN component_defs c ON c.index_code = ? AND c.component_code = p.component_code
        WHERE p.score IS NOT NULL OR p.published_rank IS NOT NULL)`,
    params: [scope.index],
  };
}

/**
 * CTEs ending in `facts` (`factsCtes` of the scope) and in `peer_facts` (`peerFactsCtes` of any of
 * the scope's units), for one statement reading both: the live facts then share one read of the
 * peers' rows. Null where the two have no read in common (live, more units than the count takes).
 * `peer_facts` holds the rows of the cells of all the scope's units, those of any one among them.
 */
export function factsAndPeerFactsCtes(source: FactsSource, scope: FactsScope): Fragment | null {
  if (source === 'stored') {
    const facts = storedFacts(scope);
    return { text: `${facts.text}, peer_facts AS (SELECT * FROM facts)`, params: facts.params };
  }
  if (!countsPeers(scope)) return null;
  const facts = factsCtes(source, scope);
  const peers = peerFactsOfPeerRows(scope, 'peer_facts');
  return { text: `${facts.text}, ${peers.text}`, params: [...facts.params, ...peers.params] };
}
