import { useTranslation } from 'react-i18next';
import { BASELINE_MODES, type BaselineMode } from '@/lib/baseline-param';
import { urlPick } from '@/lib/url-values';
import type { TrendsState } from '../model/url-state';
import { YearSelect } from './year-select';

/**
 * What the year-over-year table compares with: the previous year, a base year (picked here; the
 * range's first year until then) or the home unit's target. Written to the URL like every control.
 */
export function BaselineControls({
  state,
  years,
  defaultBase,
  update,
}: {
  state: TrendsState;
  years: readonly number[];
  defaultBase: number | null;
  update: (changes: Partial<TrendsState>) => void;
}) {
  const { t } = useTranslation('trends');
  const { baseline } = state;
  const setMode = (mode: BaselineMode) =>
    update({ baseline: { mode, base: mode === 'base' ? (baseline.base ?? defaultBase) : null } });
  return (
    <>
      <label className="trends-field">
        <span>{t('controls.baseline')}</span>
        <select
          name="baseline"
          value={baseline.mode}
          onChange={(event) => setMode(urlPick(BASELINE_MODES, event.target.value) ?? 'previous')}
        >
          {BASELINE_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t(`controls.baselineMode.${mode}`)}
            </option>
          ))}
        </select>
      </label>
      {baseline.mode === 'base' && (
        <YearSelect
          name="base"
          label={t('controls.baseYear')}
          value={baseline.base ?? defaultBase ?? undefined}
          years={years}
          onChange={(base) => update({ baseline: { mode: 'base', base } })}
        />
      )}
    </>
  );
}
