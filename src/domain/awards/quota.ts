import type { Window } from './award-window';
import type { FactIndex } from './fact-index';
import type { OrderKey, QuotaClause } from './rule-set-types';
import type { Check, ClauseResult, QuotaPlacement } from './verdict-types';

/** A unit's place in its block's quota order and the quota clause's result for it. */
export interface Placed {
  readonly placement: QuotaPlacement;
  readonly result: ClauseResult;
}

/** Order keys are compared at the precision the council sees (2 decimals), so display and order agree. */
function keyValue(key: OrderKey, unitCode: string, facts: FactIndex, window: Window): number | null {
  if (key.source === 'period_average')
    return round2(facts.period(key.index, unitCode, key.component)?.avgPct ?? null);
  const fact = facts.score(key.index, unitCode, key.component, window.to);
  return round2(fact?.pct ?? fact?.score ?? null);
}
function round2(value: number | null): number | null {
  return value === null ? null : Math.round(value * 100) / 100;
}

/** Nulls last; then by the key's direction. */
function compareKey(a: number | null, b: number | null, direction: OrderKey['direction']): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return direction === 'desc' ? b - a : a - b;
}

interface Ranked {
  readonly unitCode: string;
  readonly keys: readonly (number | null)[];
}

function firstDifference(a: Ranked, b: Ranked, orderBy: readonly OrderKey[]): number {
  return orderBy.findIndex((key, i) => compareKey(a.keys[i] ?? null, b.keys[i] ?? null, key.direction) !== 0);
}

/**
 * Places a block's candidates in quota order. Ties go through the rule's order keys; a tie that no key
 * breaks and that straddles the quota edge is left to the council (needs_confirmation), with the
 * tied units listed by unit code only so that the display is stable.
 */
export function placeBlock(
  clause: QuotaClause,
  block: string,
  candidates: readonly string[],
  facts: FactIndex,
  window: Window,
): Map<string, Placed> {
  const ranked: Ranked[] = candidates.map((unitCode) => ({
    unitCode,
    keys: clause.orderBy.map((key) => keyValue(key, unitCode, facts, window)),
  }));
  ranked.sort((a, b) => {
    const i = firstDifference(a, b, clause.orderBy);
    const key = clause.orderBy[i];
    return key
      ? compareKey(a.keys[i] ?? null, b.keys[i] ?? null, key.direction)
      : a.unitCode.localeCompare(b.unitCode);
  });
  const quota = clause.perBlock[block] ?? clause.default ?? null;
  const out = new Map<string, Placed>();
  ranked.forEach((unit, i) => {
    const neighbours = [ranked[i - 1], ranked[i + 1]].filter((n): n is Ranked => n !== undefined);
    const tiedNeighbours = neighbours.filter((n) => firstDifference(unit, n, clause.orderBy) !== 0);
    const breaks = tiedNeighbours.map((n) => firstDifference(unit, n, clause.orderBy));
    const unresolved = breaks.includes(-1);
    const brokenAt = breaks.filter((b) => b > 0).sort((a, b) => b - a)[0];
    const brokenKey = brokenAt === undefined ? undefined : clause.orderBy[brokenAt];
    const tieBrokenBy = unresolved ? 'unresolved' : (brokenKey ?? null);
    const position = i + 1;
    const placement: QuotaPlacement = {
      position,
      quota,
      candidates: ranked.length,
      tieBrokenBy,
      keys: unit.keys,
    };
    out.set(unit.unitCode, {
      placement,
      result: quotaResult(clause, placement, edgeTie(ranked, i, quota, clause)),
    });
  });
  return out;
}

/** True when this unit is fully tied with units on the other side of the quota edge. */
function edgeTie(ranked: readonly Ranked[], i: number, quota: number | null, clause: QuotaClause): boolean {
  const unit = ranked[i];
  if (quota === null || !unit) return false;
  const tiedPositions = ranked
    .map((other, j) => (firstDifference(unit, other, clause.orderBy) === -1 ? j + 1 : null))
    .filter((p): p is number => p !== null);
  return tiedPositions.some((p) => p <= quota) && tiedPositions.some((p) => p > quota);
}

function quotaResult(clause: QuotaClause, placement: QuotaPlacement, tiedAtEdge: boolean): ClauseResult {
  const common = { years: [], observed: placement.position, threshold: placement.quota };
  let check: Check;
  if (placement.quota === null) check = { ...common, verdict: 'pass', reason: 'no_quota' };
  else if (tiedAtEdge) check = { ...common, verdict: 'needs_confirmation', reason: 'tie_unresolved' };
  else if (placement.position <= placement.quota)
    check = { ...common, verdict: 'pass', reason: 'within_quota' };
  else
    check = {
      ...common,
      verdict: 'fail',
      reason: 'outside_quota',
      shortfall: placement.position - placement.quota,
    };
  return { clauseId: clause.id, type: 'quota', verdict: check.verdict, checks: [check] };
}

export function notCandidate(clause: QuotaClause, year: number): ClauseResult {
  return {
    clauseId: clause.id,
    type: 'quota',
    verdict: 'not_assessable',
    checks: [{ verdict: 'not_assessable', reason: 'not_candidate', years: [year] }],
  };
}
