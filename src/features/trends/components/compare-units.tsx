import { useTranslation } from 'react-i18next';
import { UnitPicker } from '@/components/ui/unit-picker';
import type { UnitOption } from '@/domain/units';
import { MAX_COMPARE, type TrendsState } from '../model/url-state';

/** Up to five units beside the home unit: chips to remove, a search box to add. */
export function CompareUnits({
  state,
  home,
  units,
  update,
}: {
  state: TrendsState;
  home: string | null;
  units: readonly UnitOption[];
  update: (changes: Partial<TrendsState>) => void;
}) {
  const { t } = useTranslation('trends');
  const name = (code: string) => units.find((unit) => unit.code === code)?.name ?? code;
  const full = state.compare.length >= MAX_COMPARE;
  return (
    <fieldset className="trends-field trends-compare">
      <legend>{t('controls.compare', { max: MAX_COMPARE })}</legend>
      <ul className="trends-chips">
        {state.compare.map((code) => (
          <li key={code}>
            <span>{name(code)}</span>
            <button
              type="button"
              aria-label={t('controls.remove', { name: name(code) })}
              onClick={() => update({ compare: state.compare.filter((other) => other !== code) })}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {full ? (
        <p className="muted small">{t('controls.compareFull', { max: MAX_COMPARE })}</p>
      ) : (
        <UnitPicker
          label={t('controls.addCompare')}
          units={units}
          value={null}
          exclude={home ? [home, ...state.compare] : state.compare}
          onChange={(code) => update({ compare: [...state.compare, code] })}
        />
      )}
    </fieldset>
  );
}
