import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RegistryProblemList } from '@/components/ui/registry-problem-list';
import { TextFileButton } from '@/components/ui/text-file-button';
import { parseRegistryCsv } from '@/domain/registries/registry-csv';
import type { RegistryProblem } from '@/domain/registries/validate-registry';
import { saveRegistry, useRegistry } from '@/queries/registries/registry-store';
import { useRegistryKnown } from '@/queries/registries/use-registry-known';
import type { AwardInputs } from '../model/award-inputs';

/**
 * The advising map in force, and a quick way to load one. It is the same registry the data screen
 * shows and edits: a file loaded here is checked the same way, and a bad one changes nothing.
 */
export function AdvisingControl({ inputs }: { inputs: AwardInputs }) {
  const { t } = useTranslation('awards');
  const id = useId();
  const registry = useRegistry('advising');
  const known = useRegistryKnown();
  const [rejected, setRejected] = useState<{ name: string; problems: readonly RegistryProblem[] } | null>(
    null,
  );
  const name = registry?.source ?? t('advisingEdited');
  return (
    <div className="awards-field awards-field-wide">
      <span id={`${id}-advising`} className="awards-field-title">
        {t('advising')}
      </span>
      <div className="awards-file-row">
        <TextFileButton
          id={`${id}-file`}
          label={t('advisingLoad')}
          labelClassName="button-like awards-file-label"
          accept=".csv,text/csv"
          disabled={known === null}
          describedBy={`${id}-advising ${id}-status`}
          onFile={(file) => {
            if (known === null) return;
            const result = parseRegistryCsv('advising', file.text, known);
            if (!result.ok) return setRejected({ name: file.name, problems: result.problems });
            setRejected(null);
            performance.mark('awards:input');
            saveRegistry('advising', { source: file.name, rows: result.rows });
          }}
        />
        {registry && (
          <button type="button" className="link-button" onClick={() => saveRegistry('advising', null)}>
            {t('clearFile')}
          </button>
        )}
        <a className="link-button small" href="#/data">
          {t('advisingEdit')}
        </a>
        <span
          id={`${id}-status`}
          className={inputs.advisingOrigin === 'none' ? 'notice notice-warn small' : 'muted small'}
        >
          {inputs.advisingOrigin === 'file'
            ? t('advisingFile', { name, count: inputs.advising.length })
            : t(inputs.advisingOrigin === 'sample' ? 'advisingSample' : 'advisingNone')}
        </span>
      </div>
      {rejected && (
        <RegistryProblemList
          title={t('advisingRejected', { name: rejected.name })}
          problems={rejected.problems}
        />
      )}
    </div>
  );
}
