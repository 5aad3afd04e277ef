import { useEffect, useMemo } from 'react';
import { afterChartsCaughtUp } from '@/components/charts/use-drawn-value';
import type { TargetFacts } from '@/domain/targets/targets';
import type { YoyRow } from '@/sql/yoy-deltas';
import { useBaseDeltas } from '../api/use-base-deltas';
import type { TrendsView } from '../api/use-trends-view';
import { useUnitDatasets } from '../api/use-unit-datasets';
import { baselineMarkOf, effectiveBase } from '../model/base-year';
import { markTrendsDrawn } from '../model/perf-marks';
import { componentsIn } from '../model/shape';
import type { TrendsState } from '../model/url-state';
import { BumpChart } from './bump-chart';
import { CompareChart } from './compare-chart';
import { ComponentsChart } from './components-chart';
import { LineagePanel } from './lineage-panel';
import { PeerChart } from './peer-chart';
import { SmallMultiples } from './small-multiples';
import { TargetsPanel } from './targets-panel';
import { useTrendsLabels } from './use-trends-labels';
import { YoyTable } from './yoy-table';

const EMPTY: readonly string[] = [];
const NO_FACTS: TargetFacts = { points: [], comparisons: [] };
const NO_YOY: readonly YoyRow[] = [];

export interface BodyProps {
  readonly state: TrendsState;
  readonly view: TrendsView;
  readonly home: string;
  readonly update: (changes: Partial<TrendsState>) => void;
}

export function TrendsBody(props: BodyProps) {
  const { state, view, update } = props;
  const datasets = useUnitDatasets(state.index, view.data !== undefined);
  const shown = view.data?.args.shownUnits ?? EMPTY;
  const labels = useTrendsLabels(view.data?.args.index ?? state.index, shown, datasets.data ?? []);
  const { t } = labels;
  // Data, units and range of the state the data was computed for: while the next state loads, the
  // charts keep the previous one whole (and, memoised, do not re-render at all).
  const data = view.data;
  const series = data?.series;
  const home = data?.args.home ?? props.home;
  const all = useMemo(
    () => componentsIn((series ?? []).filter((point) => point.unit_code === home)),
    [series, home],
  );
  const chosen = useMemo(
    () => (state.components.length === 0 ? all : all.filter((code) => state.components.includes(code))),
    [all, state.components],
  );
  const { mergersOf } = view;
  const homeMergers = useMemo(() => mergersOf(home), [mergersOf, home]);
  const multiples = useMemo(() => chosen.filter((code) => code !== 'TOTAL'), [chosen]);
  const focus = all.includes(state.focus) ? state.focus : (all[0] ?? 'TOTAL');
  const base = effectiveBase(state, home, view.targets, data?.range.from ?? null, focus);
  const baseRows = useBaseDeltas(
    base && data
      ? {
          index: data.args.index,
          unit: home,
          base: base.year,
          from: data.range.from,
          to: data.range.to,
          peer: state.peer,
        }
      : null,
  );

  const baselineMark = useMemo(
    () => (base && data ? baselineMarkOf(baseRows.data ?? NO_YOY, home, focus, base, data.range.to) : null),
    [base, data, baseRows.data, home, focus],
  );

  // Runs after every commit, children's effects first: once the charts in view of the latest state
  // are in the DOM, the bench's end mark is set (markTrendsDrawn ignores commits with no input
  // pending); the charts off screen are marked behind by then, and the last to catch up sets the other.
  useEffect(() => {
    const caughtUp = view.settled ? markTrendsDrawn() : null;
    if (caughtUp) afterChartsCaughtUp(caughtUp);
  });

  if (view.error)
    return (
      <p role="alert" className="error">
        {t('loading.failed', { ns: 'common', message: view.error.message })}
      </p>
    );
  if (!view.range || !series)
    return (
      <p className="muted" aria-busy="true">
        {t('loading.working', { ns: 'common' })}
      </p>
    );
  const range = data.range;
  const common = { labels, range, footnote: labels.footnote };
  const hasHomeData = series.some((point) => point.unit_code === home && point.score !== null);
  return (
    <div className="trends-body" aria-busy={!view.settled}>
      {labels.sample && (
        <p className="badge badge-sample trends-sample">{t('dataKind.sample', { ns: 'common' })}</p>
      )}
      {view.lineage && (
        <LineagePanel
          {...common}
          view={view.lineage}
          series={series}
          focus={focus}
          combined={state.combined}
          update={update}
        />
      )}
      {!hasHomeData && (
        <p className="notice notice-warn">
          {t('noData', { index: state.index, unit: labels.unitName(home), from: range.from, to: range.to })}
        </p>
      )}
      <TargetsPanel
        labels={labels}
        targets={view.targets}
        facts={view.targetFacts.data ?? NO_FACTS}
        problems={view.targetProblems}
      />
      <ComponentsChart
        {...common}
        series={series}
        home={home}
        components={chosen}
        mergers={homeMergers}
        index={data.args.index}
      />
      {state.baseline.mode === 'target' && base === null && <p className="notice">{t('table.noTarget')}</p>}
      <YoyTable
        labels={labels}
        series={series}
        yoy={base ? (baseRows.data ?? NO_YOY) : data.yoy}
        baseYear={base?.year ?? null}
        home={home}
        components={chosen}
        footnote={labels.footnote}
      />
      <div className="trends-grid">
        <CompareChart
          {...common}
          series={series}
          units={shown}
          focus={focus}
          mergersOf={view.mergersOf}
          targets={view.targets}
          facts={view.targetFacts.data ?? NO_FACTS}
          home={home}
          baseline={baselineMark}
        />
        <BumpChart
          {...common}
          series={series}
          units={shown}
          focus={focus}
          mergersOf={view.mergersOf}
          level={view.homeLevel}
        />
        <PeerChart {...common} peers={data.peers} home={home} focus={focus} />
      </div>
      <SmallMultiples {...common} series={series} home={home} components={multiples} />
    </div>
  );
}
