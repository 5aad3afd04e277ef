import { useTranslation } from 'react-i18next';
import { IndexSelect } from '@/components/ui/index-select';
import { UnitPicker } from '@/components/ui/unit-picker';
import type { UnitOption } from '@/domain/units';
import type { IndexYearsRow } from '@/sql/trends-extra';
import type { TrendsState } from '../model/url-state';
import { BaselineControls } from './baseline-controls';
import { CompareUnits } from './compare-units';
import { ComponentPicker } from './component-picker';
import { YearSelect } from './year-select';

export interface ControlsProps {
  readonly state: TrendsState;
  readonly home: string | null;
  readonly units: readonly UnitOption[];
  readonly span: IndexYearsRow | undefined;
  readonly range: { readonly from: number; readonly to: number } | null;
  readonly update: (changes: Partial<TrendsState>) => void;
  readonly setHome: (code: string) => void;
}

function years(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, offset) => first + offset);
}

/** Every control writes to the URL; the URL is the only state, so a reload restores the view. */
export function TrendsControls({ state, home, units, span, range, update, setHome }: ControlsProps) {
  const { t } = useTranslation('trends');
  const choices =
    span && range ? years(Math.min(span.first_year, range.from), Math.max(span.last_year, range.to)) : [];
  return (
    <form
      className="panel trends-controls"
      aria-label={t('controls.legend')}
      onSubmit={(event) => event.preventDefault()}
    >
      <IndexSelect
        className="trends-field"
        label={<span>{t('controls.index')}</span>}
        name="index"
        value={state.index}
        onChange={(index) => update({ index, focus: 'TOTAL', components: [] })}
      />
      <div className="trends-field trends-home">
        <UnitPicker label={t('controls.homeUnit')} units={units} value={home} onChange={setHome} />
      </div>
      <YearSelect
        name="from"
        label={t('controls.from')}
        value={range?.from}
        years={choices.filter((year) => range === null || year <= range.to)}
        onChange={(from) => update({ from })}
      />
      <YearSelect
        name="to"
        label={t('controls.to')}
        value={range?.to}
        years={choices.filter((year) => range === null || year >= range.from)}
        onChange={(to) => update({ to })}
      />
      <label className="trends-field">
        <span>{t('controls.peer')}</span>
        <select
          name="peer"
          value={state.peer}
          onChange={(event) => update({ peer: event.target.value === 'block' ? 'block' : 'level' })}
        >
          <option value="level">{t('controls.peerLevel')}</option>
          <option value="block">{t('controls.peerBlock')}</option>
        </select>
      </label>
      <BaselineControls state={state} years={choices} defaultBase={range?.from ?? null} update={update} />
      <CompareUnits state={state} home={home} units={units} update={update} />
      <ComponentPicker state={state} update={update} />
    </form>
  );
}
