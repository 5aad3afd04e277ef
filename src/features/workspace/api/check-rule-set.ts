import { validateRuleSet } from '@/domain/awards/validate-rule-set';
import { SETTINGS_NAME, type WorkspaceSettings } from '@/lib/workspace/format';
import type { WorkspaceProblem } from '@/lib/workspace/problems';
import { RULE_FILE_STORAGE_KEY } from '@/queries/rule-sets/use-rule-sets';
import { parseStoredFile } from '@/queries/rule-sets/use-stored-file';

/**
 * The rule-set file a workspace carries passes the awards screen's own validation before anything is
 * stored: a broken one refuses the whole file with its line and field named, instead of arriving in
 * the colleague's browser and failing there.
 */
export function checkWorkspaceRuleSet(settings: WorkspaceSettings): WorkspaceProblem | null {
  const raw = settings.localStorage[RULE_FILE_STORAGE_KEY];
  if (raw === undefined) return null;
  const file = parseStoredFile(raw);
  if (!file)
    return { code: 'bad-settings', part: SETTINGS_NAME, field: `localStorage.${RULE_FILE_STORAGE_KEY}` };
  const result = validateRuleSet(file.text);
  return result.ok ? null : { code: 'rule-set', part: SETTINGS_NAME, file: file.name, errors: result.errors };
}
