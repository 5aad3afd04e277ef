/**
 * The comparability rule, decided here once for every query that sets a year against an earlier one:
 * `score_facts` and its live twin (a unit's previous year with data), the changes from a base year,
 * and the award facts (previous year with a value). Between two years (lo, hi]:
 * - a methodology break of the index, for every component or this one, makes the values not comparable;
 * - a merger into the unit (lineage: others absorbed) makes values and ranks not comparable;
 * - a change of the set of peers of the level (63 → 34 provinces) makes ranks not comparable.
 * Breaks are data (`method_breaks`, `lineage`, `peer_breaks`, from the catalogue), never years in a query.
 * `a` is the alias of a row with index_code, component_code, unit_code and unit_level; `lo` and `hi`
 * are column expressions of it; `prefix` names the columns apart from stored ones of the same name.
 */
export function breakColumns(a: string, lo: string, hi: string, prefix = ''): string {
  return `EXISTS (SELECT 1 FROM method_breaks mb WHERE mb.index_code = ${a}.index_code
            AND (mb.component_code IS NULL OR mb.component_code = ${a}.component_code)
            AND mb.year > ${lo} AND mb.year <= ${hi}) AS ${prefix}method_break,
    EXISTS (SELECT 1 FROM lineage l WHERE l.new_code = ${a}.unit_code AND l.old_code <> l.new_code
              AND l.effective_year > ${lo} AND l.effective_year <= ${hi}) AS ${prefix}merged,
    EXISTS (SELECT 1 FROM peer_breaks pb WHERE pb.unit_level = ${a}.unit_level
              AND pb.year > ${lo} AND pb.year <= ${hi}) AS ${prefix}peer_break`;
}

/**
 * `comparable`, `rank_comparable` and `not_comparable_reason` ('merger' before 'method') from the
 * columns of `breakColumns` with the same prefix; all NULL where `paired` (there is an earlier year) is not true.
 */
export function comparabilityColumns(paired: string, prefix = ''): string {
  const p = prefix;
  return `CASE WHEN ${paired} THEN NOT (${p}method_break OR ${p}merged) END AS ${p}comparable,
    CASE WHEN ${paired} THEN NOT (${p}peer_break OR ${p}merged) END AS ${p}rank_comparable,
    CASE WHEN ${paired} THEN CASE WHEN ${p}merged THEN 'merger' WHEN ${p}method_break THEN 'method' END END
      AS ${p}not_comparable_reason`;
}

/** Why a change is not taken: the reasons `comparabilityColumns` names. */
export type NotComparableReason = 'method' | 'merger';
