import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TextFileButton } from '@/components/ui/text-file-button';
import { ruleSetTemplate } from '@/domain/awards/rule-set-template';
import type { RuleSet } from '@/domain/awards/rule-set-types';
import { validateRuleSet } from '@/domain/awards/validate-rule-set';
import type { Lang } from '@/domain/catalogue';
import { formatRuleFileError } from '@/i18n/award-evidence';
import { downloadBlob, safeFileName } from '@/lib/csv-export';
import type { RuleFileState } from '@/queries/rule-sets/use-rule-sets';
import type { StoredFile } from '@/queries/rule-sets/use-stored-file';
import type { UpdateView } from './use-awards-view';

interface Props {
  readonly ruleSets: readonly RuleSet[];
  readonly current: RuleSet;
  readonly fileState: RuleFileState;
  readonly lang: Lang;
  readonly update: UpdateView;
  readonly onFile: (file: StoredFile | null) => void;
}

export function RuleSetControl({ ruleSets, current, fileState, lang, update, onFile }: Props) {
  const { t } = useTranslation('awards');
  const id = useId();
  return (
    <div className="awards-field awards-field-wide">
      <label htmlFor={`${id}-select`}>{t('ruleSet')}</label>
      <select
        id={`${id}-select`}
        value={current.id}
        // Another rule set has other years and periods: start from its defaults.
        onChange={(event) =>
          update({ ruleset: event.target.value, year: undefined, period: undefined, block: undefined })
        }
      >
        {ruleSets.map((ruleSet) => (
          <option key={ruleSet.id} value={ruleSet.id}>
            {ruleSet.title[lang]} ({ruleSet.version})
          </option>
        ))}
      </select>
      <div className="awards-file-row">
        <TextFileButton
          id={`${id}-file`}
          label={t('ruleFile')}
          labelClassName="button-like awards-file-label"
          accept=".json,application/json"
          onFile={(file) => {
            onFile(file);
            // Only a file that validates becomes the chosen rule set; a broken one is only reported.
            const result = validateRuleSet(file.text);
            if (result.ok)
              update({ ruleset: result.value.id, year: undefined, period: undefined, block: undefined });
          }}
        />
        <button
          type="button"
          className="link-button"
          onClick={() =>
            downloadBlob(
              new Blob([ruleSetTemplate(current)], { type: 'application/json;charset=utf-8' }),
              safeFileName(`${current.id}-mau`, 'json'),
            )
          }
        >
          {t('ruleFileTemplate')}
        </button>
        {fileState.status !== 'none' && (
          <button type="button" className="link-button" onClick={() => onFile(null)}>
            {t('clearFile')}
          </button>
        )}
      </div>
      <RuleFileStatus state={fileState} lang={lang} />
    </div>
  );
}

function RuleFileStatus({ state, lang }: { state: RuleFileState; lang: Lang }) {
  const { t } = useTranslation('awards');
  if (state.status === 'ok')
    return <p className="muted small">{t('ruleFileLoaded', { name: state.name })}</p>;
  if (state.status === 'clash')
    return (
      <p role="alert" className="notice notice-error">
        {t('ruleFileClash', { name: state.name, id: state.id })}
      </p>
    );
  if (state.status === 'invalid')
    return (
      <div role="alert" className="notice notice-error">
        <p>{t('ruleFileRejected', { name: state.name })}</p>
        <ul className="issue-list">
          {state.errors.slice(0, 20).map((error) => (
            <li key={`${error.path}:${error.code}:${error.line}`}>{formatRuleFileError(error, lang)}</li>
          ))}
        </ul>
      </div>
    );
  return null;
}
