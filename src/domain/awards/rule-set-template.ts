import type { RuleSet } from './rule-set-types';

const SUFFIX = '-tuy-chinh';

/**
 * The current rule set as a file to start one's own from: the same content under an id of its own
 * (a file with a built-in id is refused on load), pretty-printed for hand editing.
 */
export function ruleSetTemplate(ruleSet: RuleSet): string {
  const id = ruleSet.id.endsWith(SUFFIX) ? ruleSet.id : `${ruleSet.id.slice(0, 80 - SUFFIX.length)}${SUFFIX}`;
  return `${JSON.stringify({ ...ruleSet, id }, null, 2)}\n`;
}
