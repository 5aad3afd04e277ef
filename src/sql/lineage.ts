import type * as v from 'valibot';
import type { RowQuery } from '@/db/rows';
import type { LineageLink } from '@/domain/lineage';
import { BOUND_LIST, bindList, type Query, query, rowQuery } from './query';
import { count, flag, optionalText, row, text } from './row-columns';

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

const LINK_COLUMNS = {
  old_code: text,
  old_name: optionalText,
  new_code: text,
  new_name: optionalText,
  effective_year: count,
};

/** Row of `buildLineageLinks`: names are null where the lineage file gave none. */
export const LineageLinkRow = row(LINK_COLUMNS);
export type LineageLinkRow = v.InferOutput<typeof LineageLinkRow>;

/**
 * Every link as a row for the lineage note "Quảng Trị (từ 2025) = Quảng Bình + Quảng Trị" and the
 * crosswalk checks.
 */
export function buildLineageLinks(): RowQuery<LineageLinkRow> {
  return rowQuery(
    LineageLinkRow,
    `SELECT old_code, old_name, new_code, new_name, effective_year FROM lineage
     ORDER BY new_code, effective_year, old_code`,
  );
}

/**
 * Row of `buildUnitLineage`: a link into or out of the unit, both ends named (the units list first for
 * a predecessor, the lineage file first for a successor: a new province has no scores, and so no name
 * in the units, before its first year); `is_identity` = the unit continued under the same code.
 */
export const UnitLinkRow = row({ ...LINK_COLUMNS, old_name: text, new_name: text, is_identity: flag });
export type UnitLinkRow = v.InferOutput<typeof UnitLinkRow>;

/** What one unit was formed from (links into it) and became (links out of it), in one read. */
export function buildUnitLineage(unitCode: string): RowQuery<UnitLinkRow> {
  return rowQuery(
    UnitLinkRow,
    `SELECT l.old_code, COALESCE(o.unit_name, l.old_name, l.old_code) AS old_name,
            l.new_code, COALESCE(l.new_name, n.unit_name, l.new_code) AS new_name,
            l.effective_year, l.old_code = l.new_code AS is_identity
     FROM lineage l
     LEFT JOIN units o ON o.unit_code = l.old_code
     LEFT JOIN units n ON n.unit_code = l.new_code
     WHERE l.new_code = ? OR l.old_code = ?
     ORDER BY l.effective_year, l.old_code, l.new_code`,
    [unitCode, unitCode],
  );
}
