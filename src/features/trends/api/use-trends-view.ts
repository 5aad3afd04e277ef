import { useCallback, useMemo } from 'react';
import { lineageOf, mergerYears } from '../model/lineage';
import { defaultRange, type TrendsState } from '../model/url-state';
import { BUNDLED_TARGETS } from './bundled-targets';
import { usePeerStats } from './use-peer-stats';
import { useIndexYears, useLineageLinks } from './use-reference-data';
import { useSeries } from './use-series';
import { useTargetFacts } from './use-target-facts';
import { useYoy } from './use-yoy';

/**
 * Everything the trends screen draws for one state. Per change of unit, index or years: one series,
 * one yoy and one peer query (the lineage links and index years are read once and cached).
 */
export function useTrendsView(state: TrendsState, home: string | null) {
  const years = useIndexYears();
  const links = useLineageLinks();
  const span = years.data?.find((entry) => entry.index === state.index);
  const fallback = span ? defaultRange(span.first, span.last) : null;
  const from = state.from ?? fallback?.from ?? null;
  const to = state.to ?? fallback?.to ?? null;
  const lineage = useMemo(() => (home ? lineageOf(links.data ?? [], home) : null), [links.data, home]);
  const mergersOf = useCallback((unit: string) => mergerYears(links.data ?? [], unit), [links.data]);
  const shown = useMemo(() => (home ? [home, ...state.compare] : []), [home, state.compare]);
  const seriesUnits = useMemo(
    () => [...new Set([...shown, ...(lineage?.predecessors.map((part) => part.code) ?? [])])],
    [shown, lineage],
  );
  // One object per range, so memoised shaping downstream is not redone on every render.
  const range = useMemo(() => (from !== null && to !== null ? { from, to } : null), [from, to]);
  const ready = from !== null && to !== null && home !== null && links.isSuccess;
  const base = ready ? { index: state.index, from, to, peer: state.peer } : null;
  const series = useSeries(base && { ...base, units: seriesUnits });
  const yoy = useYoy(base && { ...base, units: shown });
  const peers = usePeerStats(base && home ? { ...base, homeUnit: home } : null);
  const targets = useMemo(
    () =>
      BUNDLED_TARGETS.targets.filter((target) => target.index === state.index && shown.includes(target.unit)),
    [state.index, shown],
  );
  const targetUnits = useMemo(() => [...new Set(targets.map((target) => target.unit))], [targets]);
  const targetSpan = targets.flatMap((target) => [
    target.baselineYear ?? target.targetYear,
    target.targetYear,
  ]);
  const targetFacts = useTargetFacts(
    targets.length > 0
      ? { index: state.index, units: targetUnits, from: Math.min(...targetSpan), to: Math.max(...targetSpan) }
      : null,
  );
  const settled =
    ready &&
    series.isSuccess &&
    yoy.isSuccess &&
    peers.isSuccess &&
    !series.isPlaceholderData &&
    !yoy.isPlaceholderData &&
    !peers.isPlaceholderData;
  const homeLevel = yoy.data?.find((point) => point.unit === home)?.unitLevel ?? 'province';
  return {
    range,
    homeLevel,
    span,
    lineage,
    mergersOf,
    shown,
    series,
    yoy,
    peers,
    targets,
    targetFacts,
    targetProblems: BUNDLED_TARGETS.problems,
    settled,
    error: years.error ?? links.error ?? series.error ?? yoy.error ?? peers.error,
  };
}

export type TrendsView = ReturnType<typeof useTrendsView>;
