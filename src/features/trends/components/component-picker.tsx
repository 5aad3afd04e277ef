import { useTranslation } from 'react-i18next';
import { indexDef, type Lang } from '@/domain/catalogue';
import type { TrendsState } from '../model/url-state';

/** Which components the charts and table show (none ticked off = all), and which one to compare on. */
export function ComponentPicker({
  state,
  update,
}: {
  state: TrendsState;
  update: (changes: Partial<TrendsState>) => void;
}) {
  const { t, i18n } = useTranslation('trends');
  const lang = i18n.language as Lang;
  const all = indexDef(state.index).components.map((component) => component.code);
  const shown = state.components.length === 0 ? all : all.filter((code) => state.components.includes(code));
  const toggle = (code: string) => {
    const next = shown.includes(code) ? shown.filter((other) => other !== code) : [...shown, code];
    // Everything ticked is the default: keep the permalink short.
    update({
      components: next.length === all.length || next.length === 0 ? [] : all.filter((c) => next.includes(c)),
    });
  };
  const name = (code: string) =>
    code === 'TOTAL'
      ? t('total')
      : `${code} · ${indexDef(state.index).components.find((c) => c.code === code)?.name[lang] ?? ''}`;
  return (
    <>
      <fieldset className="trends-field trends-components">
        <legend>{t('controls.components')}</legend>
        <label className="trends-check">
          <input
            type="checkbox"
            checked={state.components.length === 0}
            onChange={() => update({ components: [] })}
          />
          {t('controls.allComponents')}
        </label>
        {all.map((code) => (
          <label key={code} className="trends-check" title={name(code)}>
            <input type="checkbox" checked={shown.includes(code)} onChange={() => toggle(code)} />
            {code === 'TOTAL' ? t('total') : code}
          </label>
        ))}
      </fieldset>
      <label className="trends-field">
        <span>{t('controls.focus')}</span>
        <select
          name="focus"
          value={all.includes(state.focus) ? state.focus : 'TOTAL'}
          onChange={(event) => update({ focus: event.target.value })}
        >
          {all.map((code) => (
            <option key={code} value={code}>
              {name(code)}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
