import { CATALOGUE } from '@/domain/catalogue';
import type { BandScheme, Clause, RuleSet } from '../rule-set-types';
import type { SchemaIssue } from './issues';

/** What a schema cannot say: unique ids, references to earlier rules and known bands, one quota a rule. */
export function checkSemantics(ruleSet: RuleSet): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const issue = (code: string, path: string, params: SchemaIssue['params'] = {}) =>
    issues.push({ code, path, params });
  const bandIds = new Set(ruleSet.bands.flatMap((scheme) => scheme.bands.map((band) => band.id)));
  ruleSet.periods.forEach((period, i) => {
    if (period.from > period.to)
      issue('period_order', `periods[${i}].to`, { from: period.from, to: period.to });
  });
  issues.push(...checkBandSchemes(ruleSet.bands, 'bands'));
  for (const level of Object.keys(ruleSet.blockDefaults?.levels ?? {})) {
    if (!CATALOGUE.levels.includes(level))
      issue('unknown_level', `blockDefaults.levels.${level}`, {
        level,
        allowed: CATALOGUE.levels.join(', '),
      });
  }
  const seen = new Map<string, number>();
  ruleSet.rules.forEach((rule, r) => {
    if (seen.has(rule.id)) issue('duplicate_id', `rules[${r}].id`, { id: rule.id });
    const clauseIds = new Set<string>();
    let quotas = 0;
    rule.clauses.forEach((clause: Clause, c) => {
      const path = `rules[${r}].clauses[${c}]`;
      if (clauseIds.has(clause.id)) issue('duplicate_id', `${path}.id`, { id: clause.id });
      clauseIds.add(clause.id);
      if (clause.type === 'quota') quotas += 1;
      if (clause.type === 'quota' && quotas > 1) issue('second_quota', `${path}.type`);
      if (
        (clause.type === 'period_band_at_least' || clause.type === 'no_year_in_band') &&
        !bandIds.has(clause.band)
      ) {
        issue('unknown_band', `${path}.band`, { band: clause.band });
      }
      if (clause.type === 'considered_under') {
        const target = seen.get(clause.rule);
        const other = target === undefined ? undefined : ruleSet.rules[target];
        if (!other) issue('unknown_rule', `${path}.rule`, { rule: clause.rule });
        else if (other.scope !== rule.scope)
          issue('rule_scope_mismatch', `${path}.rule`, { rule: clause.rule });
      }
      if (
        'component' in clause &&
        clause.component === 'advised' &&
        rule.subject.kind !== 'advising_agencies'
      ) {
        issue('advised_needs_agencies', `${path}.component`);
      }
      if ('threshold' in clause && Array.isArray(clause.threshold)) {
        clause.threshold.forEach((span, t) => {
          if (span.from > span.to)
            issue('period_order', `${path}.threshold[${t}].to`, { from: span.from, to: span.to });
        });
      }
    });
    seen.set(rule.id, r);
  });
  return issues;
}

/** Bands run best first, each lower bound below the previous one; only the last may have none. */
export function checkBandSchemes(schemes: readonly BandScheme[], prefix: string): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const issue = (code: string, path: string, params: SchemaIssue['params'] = {}) =>
    issues.push({ code, path, params });
  schemes.forEach((scheme, i) => {
    if (scheme.toYear !== null && scheme.fromYear > scheme.toYear)
      issue('period_order', `${prefix}[${i}].toYear`, { from: scheme.fromYear, to: scheme.toYear });
    scheme.bands.forEach((band, j) => {
      const previous = scheme.bands[j - 1];
      const isLast = j === scheme.bands.length - 1;
      if (band.minPct === null && !isLast) issue('band_order', `${prefix}[${i}].bands[${j}].minPct`);
      if (previous && band.minPct !== null && (previous.minPct === null || previous.minPct <= band.minPct)) {
        issue('band_order', `${prefix}[${i}].bands[${j}].minPct`);
      }
    });
  });
  return issues;
}
