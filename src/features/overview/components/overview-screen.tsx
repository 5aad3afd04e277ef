import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DataScopeSwitch } from '@/components/ui/data-scope-switch';
import { QueryState } from '@/components/ui/query-state';
import { UnitPicker } from '@/components/ui/unit-picker';
import { useHashRoute } from '@/lib/hash-route';
import { useDataScope } from '@/queries/data-scope';
import { useHomeUnit } from '@/queries/home-unit';
import { useScopedUnits } from '@/queries/scoped-units';
import { useUnits } from '@/queries/units';
import { LineagePanel } from './lineage-panel';
import { OverviewCards } from './overview-cards';
import '../overview.css';

/** The landing screen: the home unit, where it stands on each index, and its lineage across 2025. */
export function OverviewScreen() {
  const { t, i18n } = useTranslation('overview');
  const { unit, setUnit } = useHomeUnit();
  const { params, setParams } = useHashRoute();
  const units = useUnits();
  const { options } = useScopedUnits();
  const dataScope = useDataScope();

  // The permalink carries the view even when the unit came from memory or the default.
  const urlLang = params.get('lang');
  const missing = unit !== null && (params.get('unit') === null || urlLang === null);
  useEffect(() => {
    if (missing && unit) setParams({ unit, lang: urlLang ?? i18n.language }, { replace: true });
  }, [missing, unit, urlLang, setParams, i18n.language]);

  return (
    <section className="overview" aria-labelledby="overview-heading">
      <div className="overview-head">
        <div>
          <h1 id="overview-heading" className="section-heading">
            {t('title')}
          </h1>
          <p className="muted overview-intro">{t('intro')}</p>
        </div>
        <QueryState query={units}>
          {() => (
            <div className="overview-picker">
              <DataScopeSwitch {...dataScope} />
              <UnitPicker label={t('homeUnit')} units={options} value={unit} onChange={setUnit} />
              <p className="small muted">{t('homeUnitHint')}</p>
            </div>
          )}
        </QueryState>
      </div>
      {unit === null ? (
        <p className="muted">{t('noUnit')}</p>
      ) : (
        <>
          <LineagePanel unit={unit} units={units.data ?? []} onSwitch={setUnit} />
          <OverviewCards
            unit={unit}
            unitName={units.data?.find((option) => option.code === unit)?.name ?? unit}
          />
        </>
      )}
    </section>
  );
}
