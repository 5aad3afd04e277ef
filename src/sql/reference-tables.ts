import type { SqlParam } from '@/db/engine';
import { CATALOGUE, type Catalogue } from '@/domain/catalogue';
import { LINEAGE_TABLE_STATEMENT } from './lineage';
import { type Query, query } from './query';

/**
 * Catalogue facts as tables, so that SQL decides comparability and direction itself instead of the
 * UI patching results: a break is data (indices.json), never a year written into a query.
 */
export const REFERENCE_TABLE_STATEMENTS: readonly string[] = [
  // component_code NULL = the break applies to every component of the index.
  `CREATE TABLE IF NOT EXISTS method_breaks (
    index_code VARCHAR NOT NULL, component_code VARCHAR, year INTEGER NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS peer_breaks (unit_level VARCHAR NOT NULL, year INTEGER NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS component_defs (
    index_code VARCHAR NOT NULL, component_code VARCHAR NOT NULL, max_score DOUBLE,
    higher_is_better BOOLEAN NOT NULL, sort_order INTEGER NOT NULL)`,
  // From top_only_from on, a missing score is "not published" (PCI: only the top N), never 0.
  `CREATE TABLE IF NOT EXISTS publication_rules (
    index_code VARCHAR NOT NULL, top_only_from INTEGER NOT NULL, top_n INTEGER NOT NULL)`,
  // A published rank is among all units of the level (63 provinces), not only those in a partial file.
  `CREATE TABLE IF NOT EXISTS official_peer_counts (
    index_code VARCHAR, unit_level VARCHAR NOT NULL, from_year INTEGER NOT NULL, to_year INTEGER,
    peer_count INTEGER NOT NULL)`,
  LINEAGE_TABLE_STATEMENT,
];

/** The catalogue's tables, filled after start-up: a query of the first screen must not read them. */
export const REFERENCE_TABLE_NAMES = [
  'method_breaks',
  'peer_breaks',
  'component_defs',
  'publication_rules',
  'official_peer_counts',
] as const;
type ReferenceTable = (typeof REFERENCE_TABLE_NAMES)[number];

/** One multi-row INSERT: the text repeats a fixed `(?, …)` group, every value is bound. */
function insertRows(table: ReferenceTable, width: number, rows: readonly (readonly SqlParam[])[]): Query[] {
  if (rows.length === 0) return [];
  const group = `(${Array.from({ length: width }, () => '?').join(', ')})`;
  const text = `INSERT INTO ${table} VALUES ${rows.map(() => group).join(', ')}`;
  return [query(text, rows.flat())];
}

/** Empties and refills the reference tables from the catalogue; run after REFERENCE_TABLE_STATEMENTS. */
export function fillReferenceTables(catalogue: Catalogue = CATALOGUE): Query[] {
  const methodBreaks = catalogue.indices.flatMap((index) =>
    index.breaks.flatMap((brk): SqlParam[][] =>
      brk.components === null
        ? [[index.code, null, brk.year]]
        : brk.components.map((component) => [index.code, component, brk.year]),
    ),
  );
  const peerBreaks = catalogue.peerBreaks.flatMap((brk) =>
    brk.levels.map((level): SqlParam[] => [level, brk.year]),
  );
  const components = catalogue.indices.flatMap((index) =>
    index.components.map((c, position): SqlParam[] => [
      index.code,
      c.code,
      c.max,
      c.higherIsBetter,
      position,
    ]),
  );
  const publication = catalogue.indices.flatMap((index): SqlParam[][] =>
    index.publication ? [[index.code, index.publication.topOnlyFrom, index.publication.topN]] : [],
  );
  const peerCounts = catalogue.officialPeerCounts.map((entry): SqlParam[] => [
    entry.index,
    entry.level,
    entry.from,
    entry.to,
    entry.count,
  ]);
  return [
    ...REFERENCE_TABLE_NAMES.map((table) => query(`DELETE FROM ${table}`)),
    ...insertRows('method_breaks', 3, methodBreaks),
    ...insertRows('peer_breaks', 2, peerBreaks),
    ...insertRows('component_defs', 5, components),
    ...insertRows('publication_rules', 3, publication),
    ...insertRows('official_peer_counts', 5, peerCounts),
  ];
}
