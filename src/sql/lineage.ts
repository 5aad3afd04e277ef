import type { LineageLink } from '@/domain/lineage';
import { BOUND_LIST, bindList, type Query, query } from './query';

/**
 * Predecessor → successor links between units (the 2025 merger of provinces, or a province's own
 * merged departments and communes). An unchanged unit links to itself, so every successor has at least
 * one predecessor. Names are kept because a new province has no scores (and so no name) before 2025.
 */
export const LINEAGE_TABLE_STATEMENT = `CREATE TABLE IF NOT EXISTS lineage (
    old_code VARCHAR NOT NULL, new_code VARCHAR NOT NULL, effective_year INTEGER NOT NULL,
    old_name VARCHAR, new_name VARCHAR, source VARCHAR NOT NULL)`;

export function deleteLineageSource(source: string): Query {
  return query('DELETE FROM lineage WHERE source = ?', [source]);
}

/** All links in one statement: each column travels as one bound list, unnested side by side. */
export function insertLineage(links: readonly LineageLink[], source: string): Query {
  return query(
    `INSERT INTO lineage
     SELECT old_code, new_code, CAST(effective_year AS INTEGER), NULLIF(old_name, ''), NULLIF(new_name, ''), ?
     FROM (SELECT unnest(${BOUND_LIST}) AS old_code, unnest(${BOUND_LIST}) AS new_code,
                  unnest(${BOUND_LIST}) AS effective_year, unnest(${BOUND_LIST}) AS old_name,
                  unnest(${BOUND_LIST}) AS new_name)
     WHERE old_code <> ''`,
    [
      source,
      bindList(links.map((link) => link.oldCode)),
      bindList(links.map((link) => link.newCode)),
      bindList(links.map((link) => String(link.effectiveYear))),
      bindList(links.map((link) => link.oldName ?? '')),
      bindList(links.map((link) => link.newName ?? '')),
    ],
  );
}

/** Row: old_code, old_name, effective_year, is_identity (the unit continued under the same code). */
export function buildPredecessors(unitCode: string): Query {
  return query(
    `SELECT l.old_code, COALESCE(u.unit_name, l.old_name, l.old_code) AS old_name, l.effective_year,
            l.old_code = l.new_code AS is_identity
     FROM lineage l LEFT JOIN units u ON u.unit_code = l.old_code
     WHERE l.new_code = ?
     ORDER BY l.effective_year, l.old_code`,
    [unitCode],
  );
}

/** Row: new_code, new_name, effective_year, is_identity, sibling_count (predecessors of new_code). */
export function buildSuccessors(unitCode: string): Query {
  return query(
    `SELECT l.new_code, COALESCE(l.new_name, u.unit_name, l.new_code) AS new_name, l.effective_year,
            l.old_code = l.new_code AS is_identity,
            (SELECT count(*) FROM lineage s WHERE s.new_code = l.new_code AND s.effective_year = l.effective_year)
              AS sibling_count
     FROM lineage l LEFT JOIN units u ON u.unit_code = l.new_code
     WHERE l.old_code = ?
     ORDER BY l.effective_year, l.new_code`,
    [unitCode],
  );
}

/**
 * Every link as a row (old_code, old_name, new_code, new_name, effective_year) for the lineage note
 * "Quảng Trị (từ 2025) = Quảng Bình + Quảng Trị" and the crosswalk checks.
 */
export function buildLineageLinks(): Query {
  return query(
    `SELECT old_code, old_name, new_code, new_name, effective_year FROM lineage
     ORDER BY new_code, effective_year, old_code`,
  );
}
