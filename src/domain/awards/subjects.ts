import type { Window } from './award-window';
import type { FactIndex } from './fact-index';
import type { Rule } from './rule-set-types';

export interface SubjectUnit {
  readonly unitCode: string;
  readonly unitName: string;
  readonly block: string;
  readonly level: string;
}

/**
 * The units a rule judges. A yearly rule judges units present in that year, in their block that
 * year; a period rule judges every unit seen in the window, in the block of its last year there
 * (so a unit that changed block competes in its new block, and its history is shown).
 */
export function subjectsOf(rule: Rule, facts: FactIndex, window: Window): SubjectUnit[] {
  const codes = new Set<string>();
  const from = rule.scope === 'year' ? window.to : window.from;
  if (rule.subject.kind === 'advising_agencies') {
    for (const code of facts.advisingAgencies(window.to)) codes.add(code);
  } else if (rule.subject.kind === 'units') {
    for (const code of rule.subject.units) codes.add(code);
  } else {
    for (let year = from; year <= window.to; year += 1)
      for (const fact of facts.unitsIn(year)) codes.add(fact.unitCode);
  }
  const subjects: SubjectUnit[] = [];
  for (const unitCode of [...codes].sort()) {
    const last = facts.lastIn(unitCode, from, window.to);
    const unit: SubjectUnit = last
      ? { unitCode, unitName: last.unitName, block: last.block, level: last.level }
      : { unitCode, unitName: unitCode, block: '', level: '' };
    if (rule.subject.kind === 'blocks' && !rule.subject.blocks.includes(unit.block)) continue;
    if (rule.subject.kind === 'levels' && !rule.subject.levels.includes(unit.level)) continue;
    subjects.push(unit);
  }
  return subjects;
}
