import { useIsFetching, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/ui/query-state';
import { UnitPicker } from '@/components/ui/unit-picker';
import { parseBaseline } from '@/lib/baseline-param';
import { useHashRoute } from '@/lib/hash-route';
import { urlYear } from '@/lib/url-values';
import { useHomeUnit } from '@/queries/home-unit';
import { useUnits } from '@/queries/units';
import { useBriefingYears } from '../api/use-briefing';
import { useUnitBriefing } from '../api/use-unit-briefing';
import { markBriefingDrawn } from '../model/perf-marks';
import { BaselinePicker } from './baseline-picker';
import { BriefingActions } from './briefing-actions';
import { IndexBriefings } from './index-briefing';
import '../briefing.css';

/** `#/briefing?unit=…&year=…`: one unit and year, each index's facts in plain sentences and tables. */
export function BriefingScreen() {
  const { t } = useTranslation('briefing');
  const { unit, setUnit } = useHomeUnit();
  const { params, setParams } = useHashRoute();
  const units = useUnits();
  const years = useBriefingYears(unit);
  const asked = urlYear(params.get('year'));
  const year = asked !== null && years.data?.includes(asked) ? asked : (years.data?.[0] ?? null);
  const baseline = parseBaseline(params);
  const briefing = useUnitBriefing(unit, year, baseline);
  const { totals } = briefing;
  const client = useQueryClient();
  // Re-renders when the last of the briefing's queries settles. All of them are asked in the same
  // render once the unit and year are known (the years come from one read of every unit's): no query
  // waits for another's answer, so the engine runs them back to back.
  const fetching = useIsFetching({ queryKey: ['briefing'] });
  const view = `${unit}|${year}|${baseline.mode}|${baseline.base}`;
  useEffect(() => {
    if (fetching === 0 && totals.isSuccess && client.isFetching({ queryKey: ['briefing'] }) === 0)
      markBriefingDrawn(view);
  });

  return (
    <section className="briefing" aria-labelledby="briefing-heading">
      <h1 id="briefing-heading" className="section-heading">
        {t('title')}
      </h1>
      <p className="muted">{t('intro')}</p>
      <form className="panel briefing-controls no-print" onSubmit={(event) => event.preventDefault()}>
        <QueryState query={units}>
          {(list) => <UnitPicker label={t('unit')} units={list} value={unit} onChange={setUnit} />}
        </QueryState>
        {years.data && year !== null && (
          <label className="briefing-field">
            <span>{t('year')}</span>
            <select name="year" value={year} onChange={(event) => setParams({ year: event.target.value })}>
              {years.data.map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          </label>
        )}
        {years.data && year !== null && (
          <BaselinePicker baseline={baseline} years={years.data} onChange={setParams} />
        )}
      </form>
      <BriefingActions
        year={year}
        block={totals.data?.find((fact) => fact.year === fact.asked_year)?.block ?? null}
        baseline={baseline}
      />
      {unit !== null && years.data?.length === 0 && <p className="muted">{t('noData')}</p>}
      {year !== null && (
        <QueryState query={totals}>
          {(facts) => <IndexBriefings unit={unit ?? ''} facts={facts} briefing={briefing} />}
        </QueryState>
      )}
    </section>
  );
}
