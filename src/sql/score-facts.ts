import { batchedStep, type PassStep } from '@/db/pass-step';
import { INDEX_CODES, type IndexCode } from '@/domain/catalogue';
import { deltaCtes } from './delta-ctes';
import { BOUND_LIST, bindList, type Query, query, rowQuery } from './query';
import { dataScopeColumn, type Fragment, inListOrAll, PEER_BY_LITERAL, type PeerBy } from './ranks';
import { count, flag, row } from './row-columns';

/**
 * Which facts a pass materialises. `quick`: totals by level, what the overview needs, first at start-up.
 * `full`: every component under both groupings; its rows include the quick ones, so a full pass
 * brings both up to date.
 */
export type FactsScope = 'quick' | 'full';

const SCOPES: Record<FactsScope, { components: readonly string[]; peerBys: readonly PeerBy[] }> = {
  quick: { components: ['TOTAL'], peerBys: ['level'] },
  full: { components: [], peerBys: ['level', 'block'] },
};
/** The scopes whose rows a pass rewrites, and so whose record it brings up to date. */
const COVERS: Record<FactsScope, readonly FactsScope[]> = { quick: ['quick'], full: ['quick', 'full'] };

/** Rows of table alias `a` in an (index, level) pair this pass recomputes. */
const touched = (a: string) =>
  `EXISTS (SELECT 1 FROM score_facts_touched t WHERE t.index_code = ${a}.index_code AND t.unit_level = ${a}.unit_level)`;

/** Order-free digest of the mergers (all that `deltaCtes` reads of `lineage`): a change touches every pair. */
const LINEAGE_FINGERPRINT = `(SELECT count(*) || ':' || COALESCE(sum(hash(old_code, new_code, effective_year)), 0)
  FROM lineage)`;

/**
 * The (index, level, data scope) sets whose rows all hold one block. Every window of `deltaCtes`
 * partitions by data scope, so ranking such a set by block is ranking it by level and gives the same
 * rows: its block facts are not stored but read through the `score_facts` view from its level facts.
 * A file without a block column (the import puts the level there) is all such sets, even where the
 * bundled sample holds units of the same level in several blocks: that halves the facts' memory and
 * the pass's time (after a 1,000,000-row import, 2.0 million stored rows → 1.1 million).
 */
const ONE_BLOCK = 'score_facts_one_block';

/**
 * What the screens read: the stored rows, and the block facts of the one-block pairs as their level
 * facts. A filter on `peer_by` reaches both branches, so a query for one grouping reads only its rows.
 */
const FACTS_VIEW = `CREATE VIEW IF NOT EXISTS score_facts AS
  SELECT * FROM score_facts_rows
  UNION ALL
  SELECT * REPLACE (${PEER_BY_LITERAL.block} AS peer_by) FROM score_facts_rows f
  WHERE f.peer_by = ${PEER_BY_LITERAL.level} AND EXISTS (
    SELECT 1 FROM ${ONE_BLOCK} o WHERE o.index_code = f.index_code AND o.unit_level = f.unit_level
    AND o.data_scope = f.data_scope)`;

/** Statements that drop every derived table, so the next pass builds them from nothing. */
export const DROP_SCORE_FACTS: readonly string[] = [
  'DROP VIEW IF EXISTS score_facts',
  'DROP TABLE IF EXISTS score_facts_rows',
  `DROP TABLE IF EXISTS ${ONE_BLOCK}`,
  'DROP TABLE IF EXISTS score_facts_built',
  'DROP TABLE IF EXISTS score_facts_lineage',
];

const BOOKKEEPING: readonly Query[] = [
  query(`CREATE TABLE IF NOT EXISTS ${ONE_BLOCK} (
    index_code VARCHAR NOT NULL, unit_level VARCHAR NOT NULL, data_scope VARCHAR NOT NULL)`),
  // Which datasets the facts of each (index, level) pair were computed from, per scope.
  query(`CREATE TABLE IF NOT EXISTS score_facts_built (
    scope VARCHAR NOT NULL, index_code VARCHAR NOT NULL, unit_level VARCHAR NOT NULL, dataset_id VARCHAR NOT NULL)`),
  query(
    'CREATE TABLE IF NOT EXISTS score_facts_lineage (scope VARCHAR NOT NULL, fingerprint VARCHAR NOT NULL)',
  ),
];

/**
 * The (index, level) pairs whose set of datasets changed since the facts of `scopes` were computed
 * (an import adds a dataset, a removal drops one), or every pair when the mergers changed. One scan of
 * `scores` by three columns: cheap beside recomputing windows over rows nothing changed.
 */
function findTouched(indices: string, scopes: string): Query {
  return query(
    `CREATE OR REPLACE TEMP TABLE score_facts_touched AS
     WITH now AS (SELECT DISTINCT index_code, unit_level, dataset_id FROM scores
                  WHERE index_code IN (SELECT unnest(${BOUND_LIST}))),
          checked AS (SELECT unnest(${BOUND_LIST}) AS scope),
          built AS (SELECT * FROM score_facts_built WHERE scope IN (SELECT scope FROM checked)),
          relinked AS (SELECT count(*) > 0 AS yes FROM checked c WHERE NOT EXISTS (
                         SELECT 1 FROM score_facts_lineage l WHERE l.scope = c.scope AND l.fingerprint = ${LINEAGE_FINGERPRINT}))
     SELECT DISTINCT index_code, unit_level FROM (
       SELECT n.index_code, n.unit_level FROM now n CROSS JOIN checked c WHERE NOT EXISTS (
         SELECT 1 FROM built b WHERE b.scope = c.scope AND b.index_code = n.index_code
           AND b.unit_level = n.unit_level AND b.dataset_id = n.dataset_id)
       UNION ALL
       SELECT b.index_code, b.unit_level FROM built b WHERE NOT EXISTS (
         SELECT 1 FROM now n WHERE n.index_code = b.index_code AND n.unit_level = b.unit_level
           AND n.dataset_id = b.dataset_id)
       UNION ALL
       SELECT index_code, unit_level FROM now WHERE (SELECT yes FROM relinked)
       UNION ALL
       SELECT index_code, unit_level FROM built WHERE (SELECT yes FROM relinked))`,
    [indices, scopes],
  );
}

/**
 * Rows per batch of the fills: the touched rows are split by whole (index, level, component) groups,
 * inside which every window of `deltaCtes` stays, into batches of about this many rows. A batch's
 * window chain holds all its rows at once, and DuckDB-WASM's heap never shrinks: its largest batch is
 * what the page keeps. Measured on the Node engine after a 1,000,000-row import: batches of 400,000
 * rows grew the process by 705 MB over the pass, of 100,000 rows by about 400 MB (the facts' own
 * 320 MB, for the most part), for a pass about as long once a batch of one-block pairs skips its block
 * fill.
 */
export const FACTS_BATCH_ROWS = 100_000;

/** Rows of `scores` (alias `s`) with the data scope their dataset gives them (as `rankedCtes` does). */
function scopedScores(where: Fragment): Fragment {
  const scope = dataScopeColumn();
  return {
    text: `SELECT s.index_code, s.unit_level, s.component_code, s.block, ${scope.text} AS data_scope
      FROM scores s LEFT JOIN datasets d ON d.dataset_id = s.dataset_id WHERE ${where.text}`,
    params: [...scope.params, ...where.params],
  };
}

/** A condition on rows with `index_code`, `unit_level`, `data_scope`: their set holds several blocks. */
const SEVERAL_BLOCKS = `(index_code, unit_level, data_scope) NOT IN (
    SELECT (index_code, unit_level, data_scope) FROM ${ONE_BLOCK})`;

/**
 * The touched (index, level, component) groups of this pass, numbered into batches by row count, each
 * marked when it holds rows of a set with several blocks (a block fill has rows to write only then).
 */
function planBatches(indexList: string, componentFilter: Fragment, batchRows: number): Query {
  const rows = scopedScores({
    text: `s.index_code IN (SELECT unnest(${BOUND_LIST})) AND ${componentFilter.text} AND ${touched('s')}`,
    params: [indexList, ...componentFilter.params],
  });
  return query(
    `CREATE OR REPLACE TEMP TABLE score_facts_batches AS
     WITH scoped AS (
       SELECT index_code, unit_level, component_code, data_scope, count(*) AS n FROM (${rows.text}) GROUP BY ALL),
     groups AS (
       SELECT index_code, unit_level, component_code, sum(n) AS n, bool_or(${SEVERAL_BLOCKS}) AS blocks
       FROM scoped GROUP BY index_code, unit_level, component_code)
     SELECT index_code, unit_level, component_code, CAST(COALESCE(sum(n) OVER (
         ORDER BY index_code, unit_level, component_code ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)
       // ? AS INTEGER) AS batch, blocks
     FROM groups`,
    [...rows.params, batchRows],
  );
}

/** A batch of `score_facts_batches`: its number, and whether it holds a set with several blocks. */
const BatchRow = row({ batch: count, blocks: flag });

/** Rows of `scores` (alias `s`) in one batch of `score_facts_batches`. */
const inBatch = (batch: number): Fragment => ({
  // Uncorrelated: one hash join, not a correlated EXISTS the planner turns into a delim join.
  text: `(s.index_code, s.unit_level, s.component_code) IN (
    SELECT (index_code, unit_level, component_code) FROM score_facts_batches WHERE batch = ?)`,
  params: [batch],
});

/** What a fill computes of a batch: for `block`, only the sets with several blocks. */
const storedPeers = (peerBy: PeerBy): Fragment =>
  peerBy === 'block' ? { text: SEVERAL_BLOCKS, params: [] } : { text: 'true', params: [] };

/** Brings the one-block sets up to date for the touched pairs (a pass that writes block facts only). */
function oneBlockPairs(): Query[] {
  const rows = scopedScores({ text: touched('s'), params: [] });
  return [
    query(`DELETE FROM ${ONE_BLOCK} o WHERE ${touched('o')}`),
    query(
      `INSERT INTO ${ONE_BLOCK} SELECT index_code, unit_level, data_scope FROM (${rows.text})
       GROUP BY index_code, unit_level, data_scope HAVING count(DISTINCT block) = 1`,
      rows.params,
    ),
  ];
}

function factsSelect(
  indices: readonly IndexCode[],
  peerBy: PeerBy,
  components: readonly string[],
  rows: Fragment = { text: touched('s'), params: [] },
  peers: Fragment = { text: 'true', params: [] },
): Query {
  const ctes = deltaCtes(indices, peerBy, components, rows, undefined, peers);
  return query(
    `SELECT * FROM (WITH ${ctes.text} SELECT ${PEER_BY_LITERAL[peerBy]} AS peer_by, * FROM deltas)`,
    ctes.params,
  );
}

/**
 * Brings `score_facts` (ranks, previous comparable year, flags) up to date for one scope, recomputing
 * only the (index, level) pairs an import, a removal or a change of mergers touched: no window of
 * `deltaCtes` crosses such a pair, so the rows of the others stay exact. The touched rows are filled
 * in batches of whole (index, level, component) groups (`FACTS_BATCH_ROWS`). Planning the window chain
 * costs DuckDB-WASM ~100 ms, too slow for each redraw, hence a table the screens' queries filter
 * (through the `score_facts` view, which reads a one-block pair's block facts from its level facts).
 * Run the steps in one transaction on the writer: a reader sees the facts before or after, never half.
 * The first run on an empty database computes every pair: there is no other way to build the facts.
 */
export function refreshScoreFacts(
  scope: FactsScope = 'full',
  indices: readonly IndexCode[] = INDEX_CODES,
  batchRows: number = FACTS_BATCH_ROWS,
): PassStep[] {
  const { components, peerBys } = SCOPES[scope];
  const indexList = bindList(indices);
  const scopeList = bindList(COVERS[scope]);
  // The table's columns are those of a fill: created empty from one, the first time.
  const shape = factsSelect(indices, 'level', components);
  const componentFilter = inListOrAll('component_code', components);
  const fills = batchedStep(
    rowQuery(
      BatchRow,
      'SELECT batch, bool_or(blocks) AS blocks FROM score_facts_batches GROUP BY batch ORDER BY batch',
    ),
    (row) =>
      peerBys
        .filter((peerBy) => peerBy === 'level' || row.blocks)
        .map((peerBy) => {
          const select = factsSelect(indices, peerBy, components, inBatch(row.batch), storedPeers(peerBy));
          return query(`INSERT INTO score_facts_rows BY NAME ${select.text}`, select.params);
        }),
  );
  return [
    ...BOOKKEEPING,
    findTouched(indexList, scopeList),
    query(`CREATE TABLE IF NOT EXISTS score_facts_rows AS ${shape.text} LIMIT 0`, shape.params),
    query(FACTS_VIEW),
    ...(peerBys.includes('block') ? oneBlockPairs() : []),
    query(
      `DELETE FROM score_facts_rows f WHERE ${touched('f')} AND peer_by IN (SELECT unnest(${BOUND_LIST}))
         AND ${componentFilter.text}`,
      [bindList(peerBys), ...componentFilter.params],
    ),
    planBatches(indexList, inListOrAll('s.component_code', components), batchRows),
    fills,
    query(
      `DELETE FROM score_facts_built b WHERE ${touched('b')} AND scope IN (SELECT unnest(${BOUND_LIST}))`,
      [scopeList],
    ),
    query(
      `INSERT INTO score_facts_built
       SELECT c.scope, n.index_code, n.unit_level, n.dataset_id
       FROM (SELECT DISTINCT index_code, unit_level, dataset_id FROM scores s
             WHERE index_code IN (SELECT unnest(${BOUND_LIST})) AND ${touched('s')}) n
       CROSS JOIN (SELECT unnest(${BOUND_LIST}) AS scope) c`,
      [indexList, scopeList],
    ),
    query(`DELETE FROM score_facts_lineage WHERE scope IN (SELECT unnest(${BOUND_LIST}))`, [scopeList]),
    query(`INSERT INTO score_facts_lineage SELECT unnest(${BOUND_LIST}), ${LINEAGE_FINGERPRINT}`, [
      scopeList,
    ]),
    query('DROP TABLE score_facts_touched'),
    query('DROP TABLE score_facts_batches'),
  ];
}
