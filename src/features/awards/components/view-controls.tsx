import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AwardEvaluation } from '@/domain/awards/verdict-types';
import type { AwardInputs } from '../model/award-inputs';
import {
  contextKey,
  contextParams,
  parseContextKey,
  VERDICT_FILTERS,
  type VerdictFilter,
} from '../model/awards-url';
import { blockOrder } from '../model/group-verdicts';
import type { UpdateView } from './use-awards-view';

interface Props {
  readonly inputs: AwardInputs;
  readonly evaluation: AwardEvaluation | null;
  readonly view: { readonly block: string | null; readonly filter: VerdictFilter };
  readonly update: UpdateView;
}

/** Year or period, block, and which verdicts to list. */
export function ViewControls({ inputs, evaluation, view, update }: Props) {
  const { t } = useTranslation('awards');
  const id = useId();
  const { years, periods } = inputs.options;
  const blocks = blockOrder(inputs.ruleSet, evaluation?.verdicts ?? []);
  if (view.block && !blocks.includes(view.block)) blocks.push(view.block);
  return (
    <>
      <div className="awards-field">
        <label htmlFor={`${id}-context`}>{t('context')}</label>
        <select
          id={`${id}-context`}
          value={contextKey(inputs.context)}
          onChange={(event) => {
            const context = parseContextKey(event.target.value);
            if (context) update(contextParams(context));
          }}
        >
          <optgroup label={t('yearGroup')}>
            {years.map((year) => (
              <option key={year} value={contextKey({ year })}>
                {t('yearOption', { year })}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('periodGroup')}>
            {periods.map(({ from, to }) => (
              <option key={`${from}-${to}`} value={contextKey({ period: { from, to } })}>
                {t('periodOption', { from, to })}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      <div className="awards-field">
        <label htmlFor={`${id}-block`}>{t('blockLabel')}</label>
        <select
          id={`${id}-block`}
          value={view.block ?? ''}
          onChange={(event) => update({ block: event.target.value })}
        >
          <option value="">{t('allBlocks')}</option>
          {blocks.map((block) => (
            <option key={block} value={block}>
              {t(`block.${block}`, { defaultValue: block })}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="awards-field awards-filter">
        <legend>{t('filter')}</legend>
        <div className="segmented">
          {VERDICT_FILTERS.map((filter) => (
            <label key={filter} className={view.filter === filter ? 'is-on' : undefined}>
              <input
                type="radio"
                name={`${id}-filter`}
                value={filter}
                checked={view.filter === filter}
                onChange={() => update({ filter: filter === 'all' ? undefined : filter })}
              />
              {t(`filters.${filter}`)}
            </label>
          ))}
        </div>
      </fieldset>
    </>
  );
}
