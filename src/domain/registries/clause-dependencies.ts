import type { Clause, ClauseType, Rule, RuleSet } from '@/domain/awards/rule-set-types';
import type { RegistryKind } from './registry-types';

/**
 * Why a clause reads a registry: the rule's subjects are chosen by it (`subject`), the clause's series
 * is "the components the subject advises" (`advised`), or the clause ranks within blocks (`quota`).
 */
export type DependencyReason = 'subject' | 'advised' | 'quota' | 'precedence';

export interface ClauseDependency {
  readonly ruleId: string;
  readonly clauseId: string;
  readonly clauseType: ClauseType;
  readonly reason: DependencyReason;
}

type Reads = (clause: Clause) => readonly [RegistryKind, DependencyReason][];

const series: Reads = (clause) =>
  'component' in clause && clause.component === 'advised' ? [['advising', 'advised']] : [];
const none: Reads = () => [];

/**
 * What each clause type reads of the registries, beyond its rule's subject. A record over every clause
 * type: a new type does not compile until it says what it reads.
 */
const READS_BY_TYPE: Readonly<Record<ClauseType, Reads>> = {
  rose: series,
  value: series,
  change: series,
  rank_up: series,
  period_band_at_least: series,
  no_year_in_band: series,
  period_average: series,
  quota: () => [['blocks', 'quota']],
  considered_under: none,
  manual: none,
};

/** Registries that pick a rule's subjects: the advising map also places advisers in their block. */
function subjectReads(ruleSet: RuleSet, rule: Rule): RegistryKind[] {
  const { subject } = rule;
  if (subject.kind === 'advising_agencies') return ['advising'];
  if (subject.kind !== 'blocks') return [];
  const adviserBlock = ruleSet.blockDefaults?.advisingAgencies;
  return adviserBlock !== undefined && subject.blocks.includes(adviserBlock)
    ? ['blocks', 'advising']
    : ['blocks'];
}

/**
 * The clauses of a rule set whose outcome changes when the registry changes. A rule whose subjects a
 * registry picks depends on it in every clause that judges (manual clauses are the council's); a
 * `considered_under` clause depends on what picks the subjects of the rule it defers to.
 */
export function clauseDependencies(ruleSet: RuleSet, kind: RegistryKind): ClauseDependency[] {
  const out: ClauseDependency[] = [];
  for (const rule of ruleSet.rules) {
    for (const clause of rule.clauses) {
      const reasons = new Set<DependencyReason>();
      if (subjectReads(ruleSet, rule).includes(kind) && clause.type !== 'manual') reasons.add('subject');
      for (const [registry, reason] of READS_BY_TYPE[clause.type](clause))
        if (registry === kind) reasons.add(reason);
      if (clause.type === 'considered_under') {
        const earlier = ruleSet.rules.find((candidate) => candidate.id === clause.rule);
        if (earlier && subjectReads(ruleSet, earlier).includes(kind)) reasons.add('precedence');
      }
      for (const reason of reasons)
        out.push({ ruleId: rule.id, clauseId: clause.id, clauseType: clause.type, reason });
    }
  }
  return out;
}
