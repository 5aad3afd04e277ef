import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdvisingParseResult } from '@/domain/awards/advising-registry';
import type { AwardInputs } from '../model/award-inputs';
import { type DataSource, toggleSource } from '../model/data-sources';
import { readFileText, type StoredFile } from './use-stored-file';

interface Props {
  readonly inputs: AwardInputs;
  readonly advisingFile: { readonly name: string; readonly parsed: AdvisingParseResult | null } | null;
  /** Sets the chosen source keys (permalink and memory), given every key on offer. */
  readonly choose: (ruleSetId: string, keys: readonly string[], offered: readonly string[]) => void;
  readonly onAdvisingFile: (file: StoredFile | null) => void;
}

export function sourceLabel(source: DataSource, t: (key: string) => string): string {
  return source.kind === 'imported'
    ? `${source.label} (${t('source.imported')})`
    : t(`source.${source.kind}`);
}

/** Which datasets to judge, and the advising map that says which agency advises which PAR area. */
export function DataControls({ inputs, advisingFile, choose, onAdvisingFile }: Props) {
  const { t } = useTranslation('awards');
  const id = useId();
  const chosen = inputs.sources.map((source) => source.key);
  const offered = inputs.available.map((source) => source.key);
  const only = chosen.length === 1 ? chosen[0] : null;
  const badLines = advisingFile?.parsed?.badLines ?? [];
  return (
    <>
      <fieldset className="awards-field awards-field-wide">
        <legend>{t('data')}</legend>
        <div className="awards-sources">
          {inputs.available.map((source) => (
            <div key={source.key} className="awards-source">
              <label>
                <input
                  type="checkbox"
                  checked={chosen.includes(source.key)}
                  onChange={() => choose(inputs.ruleSet.id, toggleSource(chosen, source.key), offered)}
                />
                {sourceLabel(source, t)}
              </label>
              {inputs.available.length > 1 && only !== source.key && (
                <button
                  type="button"
                  className="link-button small"
                  aria-label={t('onlySourceFor', { source: sourceLabel(source, t) })}
                  onClick={() => choose(inputs.ruleSet.id, [source.key], offered)}
                >
                  {t('onlySource')}
                </button>
              )}
            </div>
          ))}
        </div>
        {chosen.length === 0 && (
          <p role="alert" className="notice notice-warn small">
            {t('noSourceChosen')}
          </p>
        )}
      </fieldset>
      <div className="awards-field awards-field-wide">
        <span id={`${id}-advising`} className="awards-field-title">
          {t('advising')}
        </span>
        <div className="awards-file-row">
          <label className="button-like awards-file-label" htmlFor={`${id}-file`}>
            {t('advisingLoad')}
          </label>
          <input
            id={`${id}-file`}
            className="visually-hidden-input"
            type="file"
            accept=".csv,text/csv"
            aria-describedby={`${id}-advising ${id}-status`}
            onChange={async (event) => {
              const file = await readFileText(event.target);
              if (!file) return;
              performance.mark('awards:input');
              onAdvisingFile(file);
            }}
          />
          {advisingFile && (
            <button type="button" className="link-button" onClick={() => onAdvisingFile(null)}>
              {t('clearFile')}
            </button>
          )}
          <span
            id={`${id}-status`}
            className={inputs.advisingOrigin === 'none' ? 'notice notice-warn small' : 'muted small'}
          >
            {inputs.advisingOrigin === 'file' && advisingFile
              ? t('advisingFile', { name: advisingFile.name, count: inputs.advising.length })
              : t(inputs.advisingOrigin === 'sample' ? 'advisingSample' : 'advisingNone')}
          </span>
        </div>
        {badLines.length > 0 && (
          <p role="alert" className="notice notice-warn small">
            {t('advisingBadLines', { lines: badLines.slice(0, 12).join(', ') })}
          </p>
        )}
      </div>
    </>
  );
}
