import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DataScopeSwitch } from '@/components/ui/data-scope-switch';
import { isIndexCode } from '@/domain/catalogue';
import { useHashRoute } from '@/lib/hash-route';
import { useDataScope } from '@/queries/data-scope';
import { useHomeUnit } from '@/queries/home-unit';
import { useScopedUnits } from '@/queries/scoped-units';
import { useTrendsView } from '../api/use-trends-view';
import { markTrendsInput } from '../model/perf-marks';
import { parseTrendsState, type TrendsState, trendsParams } from '../model/url-state';
import '../trends.css';
import { TrendsBody } from './trends-body';
import { TrendsControls } from './trends-controls';

const TYPING_LIKE = new Set(['from', 'to', 'components', 'focus']);

/** `#/trends?index=PAPI&unit=ha-tinh&compare=quang-ninh,da-nang&from=2018&to=2024&lang=vi` */
export function TrendsScreen() {
  const { t } = useTranslation('trends');
  const { params, setParams } = useHashRoute();
  const { unit: home, setUnit } = useHomeUnit();
  const { options, indexFor } = useScopedUnits();
  const dataScope = useDataScope();
  const search = params.toString();
  const state = useMemo(() => {
    const parsed = parseTrendsState(new URLSearchParams(search), home);
    // Within own data (or the sample) a unit opens on an index it has data for.
    const index = indexFor(home, parsed.index);
    return isIndexCode(index) && index !== parsed.index ? { ...parsed, index } : parsed;
  }, [search, home, indexFor]);
  const view = useTrendsView(state, home);

  const update = useCallback(
    (changes: Partial<TrendsState>) => {
      markTrendsInput();
      // Stepping through years or ticking components is typing-like: no history entry per step.
      const replace = Object.keys(changes).every((key) => TYPING_LIKE.has(key));
      setParams(trendsParams(changes), { replace });
    },
    [setParams],
  );
  const setHome = useCallback(
    (code: string) => {
      markTrendsInput();
      setUnit(code);
    },
    [setUnit],
  );

  // A view opened without years or unit gets them written in, so the link the user copies is complete.
  const range = view.range;
  useEffect(() => {
    if (!range || (state.from !== null && state.to !== null && params.has('unit'))) return;
    setParams({ from: String(range.from), to: String(range.to), unit: home ?? undefined }, { replace: true });
  }, [range, state.from, state.to, home, params, setParams]);

  return (
    <section className="trends" aria-labelledby="trends-title">
      <h1 id="trends-title" className="section-heading">
        {t('title')}
      </h1>
      <p className="muted trends-intro">{t('intro')}</p>
      <DataScopeSwitch {...dataScope} onChange={markTrendsInput} />
      <TrendsControls
        state={state}
        home={home}
        units={options}
        span={view.span}
        range={view.range}
        update={update}
        setHome={setHome}
      />
      {home === null ? (
        <p>{t('noUnit')}</p>
      ) : (
        <TrendsBody state={state} view={view} home={home} update={update} />
      )}
    </section>
  );
}
