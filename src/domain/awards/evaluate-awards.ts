import { awardWindow, type Window } from './award-window';
import { unplacedUnits } from './block-defaults';
import { type ClauseContext, combineVerdicts } from './clause-context';
import { evaluateClause } from './evaluate-clause';
import { type FactIndex, indexFacts } from './fact-index';
import type { AwardFacts } from './fact-types';
import { missingSeries } from './missing-data';
import { notCandidate, type Placed, placeBlock } from './quota';
import type { BandScheme, QuotaClause, Rule, RuleSet } from './rule-set-types';
import { type SubjectUnit, subjectsOf } from './subjects';
import type {
  AwardContext,
  AwardEvaluation,
  ClauseResult,
  NearMiss,
  UnitVerdict,
  Verdict,
} from './verdict-types';

export interface EvaluateOptions {
  /** The home province whose published components advising agencies are judged on; default: the only province-level unit in the facts. */
  readonly provinceUnit?: string;
  /** Band schemes the facts were computed with; default: the rule set's own. */
  readonly bands?: readonly BandScheme[];
}

/**
 * Verdicts per unit and rule, with their evidence. A yearly context evaluates the rules of scope
 * "year"; a period context those of scope "period". Pure: the facts come from src/sql/award-facts.ts.
 */
export function evaluateAwards(
  facts: AwardFacts,
  ruleSet: RuleSet,
  context: AwardContext,
  options: EvaluateOptions = {},
): AwardEvaluation {
  const index = indexFacts(facts);
  const window = awardWindow(ruleSet, context);
  const provinces = index.provinceUnits();
  const provinceUnit = options.provinceUnit ?? (provinces.length === 1 ? (provinces[0] ?? null) : null);
  const bands = options.bands ?? ruleSet.bands;
  const scope = 'year' in context ? 'year' : 'period';
  const earlier = new Map<string, Map<string, Verdict>>();
  const verdicts: UnitVerdict[] = [];
  for (const rule of ruleSet.rules) {
    if (rule.scope !== scope) continue;
    const ruleVerdicts = evaluateRule(rule, index, window, { provinceUnit, bands, earlier });
    earlier.set(rule.id, new Map(ruleVerdicts.map((v) => [v.unitCode, v.verdict])));
    verdicts.push(...ruleVerdicts);
  }
  const unplaced = unplacedUnits(ruleSet, facts.scores, window.to);
  const missing = missingSeries(ruleSet, scope, facts.scores);
  return { ruleSetId: ruleSet.id, window, context, verdicts, unplaced, missing };
}

interface Shared {
  readonly provinceUnit: string | null;
  readonly bands: readonly BandScheme[];
  readonly earlier: ReadonlyMap<string, ReadonlyMap<string, Verdict>>;
}

function evaluateRule(rule: Rule, facts: FactIndex, window: Window, shared: Shared): UnitVerdict[] {
  const quota = rule.clauses.find((clause): clause is QuotaClause => clause.type === 'quota');
  const subjects = subjectsOf(rule, facts, window);
  const partial = subjects.map((unit) => {
    const ctx: ClauseContext = { ...shared, facts, unitCode: unit.unitCode, year: window.to, window };
    const results = rule.clauses.flatMap((clause) =>
      clause.type === 'quota' ? [] : [evaluateClause(clause, ctx)],
    );
    return { unit, results, verdict: combineVerdicts(results.map((r) => r.verdict)) };
  });
  const placements = quota ? placeAll(quota, partial, facts, window) : new Map<string, Placed>();
  return partial.map(({ unit, results }) => {
    const placed = placements.get(unit.unitCode);
    const clauses = quota ? [...results, placed ? placed.result : notCandidate(quota, window.to)] : results;
    const verdict = combineVerdicts(clauses.map((c) => c.verdict));
    return {
      ruleId: rule.id,
      unitCode: unit.unitCode,
      unitName: unit.unitName,
      block: unit.block,
      level: unit.level,
      judgedYear: window.to,
      verdict,
      clauses,
      rankInBlock: rankInBlock(rule, quota, unit, facts, window),
      quota: placed ? placed.placement : null,
      nearMiss: verdict === 'fail' ? nearMissOf(clauses) : null,
      blockHistory: blockHistory(unit, facts, window),
    };
  });
}

/** Units whose other clauses pass (or await only the council) compete for the block's quota. */
function placeAll(
  quota: QuotaClause,
  partial: readonly { unit: SubjectUnit; verdict: Verdict }[],
  facts: FactIndex,
  window: Window,
): Map<string, Placed> {
  const byBlock = new Map<string, string[]>();
  for (const { unit, verdict } of partial) {
    if (verdict !== 'pass' && verdict !== 'needs_confirmation') continue;
    byBlock.set(unit.block, [...(byBlock.get(unit.block) ?? []), unit.unitCode]);
  }
  const out = new Map<string, Placed>();
  for (const [block, codes] of byBlock)
    for (const [code, placed] of placeBlock(quota, block, codes, facts, window)) out.set(code, placed);
  return out;
}

function rankInBlock(
  rule: Rule,
  quota: QuotaClause | undefined,
  unit: SubjectUnit,
  facts: FactIndex,
  window: Window,
): number | null {
  const key = quota?.orderBy[0] ?? {
    index: 'PAR' as const,
    component: 'TOTAL',
    source: rule.scope === 'year' ? 'year' : 'period_average',
  };
  if (key.source === 'period_average')
    return facts.period(key.index, unit.unitCode, key.component)?.rankInBlock ?? null;
  return facts.score(key.index, unit.unitCode, key.component, window.to)?.rankInBlock ?? null;
}

/** A failure on exactly one check (not a precedence decision): what it missed by. */
function nearMissOf(clauses: readonly ClauseResult[]): NearMiss | null {
  const failing = clauses.flatMap((clause) =>
    clause.checks
      .filter((check) => check.verdict === 'fail')
      .map((check) => ({ clauseId: clause.clauseId, check })),
  );
  const unassessable = clauses.some(
    (clause) => clause.verdict === 'not_assessable' && clause.type !== 'quota',
  );
  const only = failing[0];
  if (failing.length !== 1 || !only || unassessable || only.check.reason === 'considered_under_other')
    return null;
  return only;
}

function blockHistory(unit: SubjectUnit, facts: FactIndex, window: Window): UnitVerdict['blockHistory'] {
  const history = facts.blockHistory(unit.unitCode, window.from, window.to);
  return history.length > 1 ? history : [];
}
