import { useMemo } from 'react';
import { bundledRuleSets } from '@/domain/awards/bundled-rule-sets';
import type { RuleSet } from '@/domain/awards/rule-set-types';
import { type RuleFileError, validateRuleSet } from '@/domain/awards/validate-rule-set';
import type { StoredFile } from './use-stored-file';

export type RuleFileState =
  | { readonly status: 'none' }
  | { readonly status: 'ok'; readonly name: string; readonly ruleSet: RuleSet }
  | { readonly status: 'clash'; readonly name: string; readonly id: string }
  | { readonly status: 'invalid'; readonly name: string; readonly errors: readonly RuleFileError[] };

/** The built-in rule sets plus the user's file when it validates; a broken file is reported, never used. */
export function useRuleSets(file: StoredFile | null): { ruleSets: RuleSet[]; fileState: RuleFileState } {
  const bundled = useMemo(() => bundledRuleSets(), []);
  return useMemo(() => {
    if (!file) return { ruleSets: bundled, fileState: { status: 'none' } };
    const result = validateRuleSet(file.text);
    if (!result.ok)
      return { ruleSets: bundled, fileState: { status: 'invalid', name: file.name, errors: result.errors } };
    if (bundled.some((ruleSet) => ruleSet.id === result.value.id))
      return { ruleSets: bundled, fileState: { status: 'clash', name: file.name, id: result.value.id } };
    return {
      ruleSets: [...bundled, result.value],
      fileState: { status: 'ok', name: file.name, ruleSet: result.value },
    };
  }, [bundled, file]);
}
