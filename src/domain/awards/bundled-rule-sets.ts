import ninhThuan from '../../../data/award-rules/ninh-thuan-2022.json?raw';
import socTrang from '../../../data/award-rules/soc-trang-2021-2030.json?raw';
import type { RuleSet } from './rule-set-types';
import { validateRuleSet } from './validate-rule-set';

/** The raw text of the built-in rule sets, by id; validated like a user's file before use. */
export const BUNDLED_RULE_SET_TEXTS: Readonly<Record<string, string>> = {
  'soc-trang-2021-2030': socTrang,
  'ninh-thuan-2022': ninhThuan,
};

/** The built-in rule sets; a broken bundled file is a build defect, so it throws (a unit test guards it). */
export function bundledRuleSets(): RuleSet[] {
  return Object.entries(BUNDLED_RULE_SET_TEXTS).map(([id, text]) => {
    const result = validateRuleSet(text);
    if (!result.ok) throw new Error(`Bundled rule set ${id} is invalid: ${JSON.stringify(result.errors)}`);
    return result.value;
  });
}
