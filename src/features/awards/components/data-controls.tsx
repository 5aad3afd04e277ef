import { useTranslation } from 'react-i18next';
import type { AwardInputs } from '../model/award-inputs';
import { type DataSource, toggleSource } from '../model/data-sources';
import { AdvisingControl } from './advising-control';

interface Props {
  readonly inputs: AwardInputs;
  /** Sets the chosen source keys (permalink and memory), given every key on offer. */
  readonly choose: (ruleSetId: string, keys: readonly string[], offered: readonly string[]) => void;
}

export function sourceLabel(source: DataSource, t: (key: string) => string): string {
  return source.kind === 'imported'
    ? `${source.label} (${t('source.imported')})`
    : t(`source.${source.kind}`);
}

/** Which datasets to judge, and the advising map that says which agency advises which PAR area. */
export function DataControls({ inputs, choose }: Props) {
  const { t } = useTranslation('awards');
  const chosen = inputs.sources.map((source) => source.key);
  const offered = inputs.available.map((source) => source.key);
  const only = chosen.length === 1 ? chosen[0] : null;
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
      <AdvisingControl inputs={inputs} />
    </>
  );
}
