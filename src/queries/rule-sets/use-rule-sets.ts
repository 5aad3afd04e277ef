import { useMemo } from 'react';
import { bundledRuleSets } from '@/domain/awards/bundled-rule-sets';
import type { RuleSet } from '@/domain/awards/rule-set-types';
import { type RuleFileError, validateRuleSet } from '@/domain/awards/validate-rule-set';
import type { StoredKey } from '@/lib/stored-value';
import { type StoredFile, useStoredFile } from './use-stored-file';

export type RuleFileState =
  | { readonly status: 'none' }
  | { readonly status: 'ok'; readonly name: string; readonly ruleSet: RuleSet }
  | { readonly status: 'clash'; readonly name: string; readonly id: string }
  | { readonly status: 'invalid'; readonly name: string; readonly errors: readonly RuleFileError[] };

/** Where the rule-set file the user opened is kept: the awards screen sets it, the data screen reads it. */
export const RULE_FILE_STORAGE_KEY: StoredKey = 'rid.awards.rule-file';

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

/**
 * For a screen that only reads them: the rule sets on offer with the user's stored rule-set file, and
 * the one to show first (the user's own when it validates, else the first built-in one).
 */
export function useStoredRuleSets(): { ruleSets: RuleSet[]; preferred: RuleSet | undefined } {
  const [file] = useStoredFile(RULE_FILE_STORAGE_KEY);
  const { ruleSets, fileState } = useRuleSets(file);
  return { ruleSets, preferred: fileState.status === 'ok' ? fileState.ruleSet : ruleSets[0] };
}
