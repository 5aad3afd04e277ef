import { useTranslation } from 'react-i18next';
import { type Baseline, baselineParams } from '@/lib/baseline-param';

/**
 * The base-year choice of the briefing: the yearly change is always stated; the base-year change is
 * against the unit's target base year, or a year the reader picks here (kept in the URL).
 */
export function BaselinePicker({
  baseline,
  years,
  onChange,
}: {
  baseline: Baseline;
  years: readonly number[];
  onChange: (params: Record<string, string | undefined>) => void;
}) {
  const { t } = useTranslation('briefing');
  const chosen = baseline.mode === 'base' ? String(baseline.base ?? '') : '';
  return (
    <label className="briefing-field">
      <span>{t('baseline.baseYear')}</span>
      <select
        name="base"
        value={chosen}
        onChange={(event) =>
          onChange(
            baselineParams(
              event.target.value === ''
                ? { mode: 'previous', base: null }
                : { mode: 'base', base: Number(event.target.value) },
            ),
          )
        }
      >
        <option value="">{t('baseline.auto')}</option>
        {[...years]
          .sort((a, b) => a - b)
          .map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
      </select>
    </label>
  );
}
