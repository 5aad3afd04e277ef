import type { QuotaClause, Rule, RuleSet } from '@/domain/awards/rule-set-types';
import type { AwardContext, UnitVerdict } from '@/domain/awards/verdict-types';
import type { VerdictFilter } from './awards-url';
import { scopeOf } from './context-options';

export interface BlockGroup {
  readonly block: string;
  /** The block's quota under this rule; null when the rule sets none for it. */
  readonly quota: number | null;
  readonly rows: readonly UnitVerdict[];
}

export interface RuleGroup {
  readonly rule: Rule;
  readonly blocks: readonly BlockGroup[];
  /** Verdicts of the rule before the block and verdict filters. */
  readonly judged: number;
}

export function isNearMiss(verdict: UnitVerdict): boolean {
  return verdict.verdict === 'fail' && verdict.nearMiss !== null;
}

/** "pass" lists the candidates: passed, or passed on the figures and awaiting the council. */
export function matchesFilter(verdict: UnitVerdict, filter: VerdictFilter): boolean {
  if (filter === 'pass') return verdict.verdict === 'pass' || verdict.verdict === 'needs_confirmation';
  if (filter === 'near') return isNearMiss(verdict);
  return true;
}

export function quotaFor(rule: Rule, block: string): number | null {
  const quota = rule.clauses.find((clause): clause is QuotaClause => clause.type === 'quota');
  if (!quota) return null;
  return quota.perBlock[block] ?? quota.default ?? null;
}

const byName = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Quota order: placed units by position, then the others by rank in block, then by name. */
export function compareInQuotaOrder(a: UnitVerdict, b: UnitVerdict): number {
  const position = (a.quota?.position ?? Infinity) - (b.quota?.position ?? Infinity);
  if (position !== 0 && !Number.isNaN(position)) return position;
  const rank = (a.rankInBlock ?? Infinity) - (b.rankInBlock ?? Infinity);
  if (rank !== 0 && !Number.isNaN(rank)) return rank;
  return byName.compare(a.unitName, b.unitName) || a.unitCode.localeCompare(b.unitCode);
}

/** Blocks in the order the rule set names them (its subjects and quotas), unknown ones after, A–Z. */
export function blockOrder(ruleSet: RuleSet, verdicts: readonly UnitVerdict[]): string[] {
  const named: string[] = [];
  for (const rule of ruleSet.rules) {
    if (rule.subject.kind === 'blocks') named.push(...rule.subject.blocks);
    for (const clause of rule.clauses)
      if (clause.type === 'quota') named.push(...Object.keys(clause.perBlock));
  }
  const seen = new Set(verdicts.map((verdict) => verdict.block));
  const known = [...new Set(named)].filter((block) => seen.has(block));
  const others = [...seen].filter((block) => !known.includes(block)).sort();
  return [...known, ...others];
}

/** Rules of the context's scope, each with its blocks in order and their units in quota order. */
export function groupVerdicts(
  ruleSet: RuleSet,
  context: AwardContext,
  verdicts: readonly UnitVerdict[],
  view: { readonly block: string | null; readonly filter: VerdictFilter },
): RuleGroup[] {
  const order = blockOrder(ruleSet, verdicts);
  return ruleSet.rules
    .filter((rule) => rule.scope === scopeOf(context))
    .map((rule) => {
      const own = verdicts.filter((verdict) => verdict.ruleId === rule.id);
      const blocks = order
        .filter((block) => view.block === null || block === view.block)
        .map((block) => ({
          block,
          quota: quotaFor(rule, block),
          rows: own
            .filter((verdict) => verdict.block === block && matchesFilter(verdict, view.filter))
            .sort(compareInQuotaOrder),
        }))
        .filter((group) => group.rows.length > 0);
      return { rule, blocks, judged: own.length };
    });
}

export interface VerdictCounts {
  readonly pass: number;
  readonly needs_confirmation: number;
  readonly near: number;
  readonly fail: number;
  readonly not_assessable: number;
}

/** Counts for the summary line; near misses are counted apart from the other failures. */
export function countVerdicts(verdicts: readonly UnitVerdict[]): VerdictCounts {
  const counts = { pass: 0, needs_confirmation: 0, near: 0, fail: 0, not_assessable: 0 };
  for (const verdict of verdicts) {
    if (isNearMiss(verdict)) counts.near += 1;
    else counts[verdict.verdict] += 1;
  }
  return counts;
}

/** The rows shown, in the order shown: what the CSV export and the printout carry. */
export function shownVerdicts(groups: readonly RuleGroup[]): UnitVerdict[] {
  return groups.flatMap((group) => group.blocks.flatMap((block) => block.rows));
}
