import { useCallback, useMemo } from 'react';
import { lineageOf, mergerYears } from '../model/lineage';
import { defaultRange, type TrendsState } from '../model/url-state';
import { BUNDLED_TARGETS } from './bundled-targets';
import { useIndexYears, useLineageLinks } from './use-reference-data';
import { useTargetFacts } from './use-target-facts';
import { useTrendsData } from './use-trends-data';

/**
 * Everything the trends screen draws for one state. Per change of unit, index or years: one series,
 * one yoy and one peer statement, in one query (lineage links and index years are read once, cached).
 */
export function useTrendsView(state: TrendsState, home: string | null) {
  const years = useIndexYears();
  const links = useLineageLinks();
  const span = years.data?.find((entry) => entry.index === state.index);
  const fallback = span ? defaultRange(span.first, span.last) : null;
  const from = state.from ?? fallback?.from ?? null;
  const to = state.to ?? fallback?.to ?? null;
  const range = useMemo(() => (from !== null && to !== null ? { from, to } : null), [from, to]);
  const lineage = useMemo(() => (home ? lineageOf(links.data ?? [], home) : null), [links.data, home]);
  const mergersOf = useCallback((unit: string) => mergerYears(links.data ?? [], unit), [links.data]);
  const shown = useMemo(() => (home ? [home, ...state.compare] : []), [home, state.compare]);
  const seriesUnits = [...new Set([...shown, ...(lineage?.predecessors.map((part) => part.code) ?? [])])];
  const ready = from !== null && to !== null && home !== null && links.isSuccess;
  const data = useTrendsData(
    ready ? { index: state.index, home, seriesUnits, shownUnits: shown, from, to, peer: state.peer } : null,
  );
  const targets = useMemo(
    () =>
      BUNDLED_TARGETS.targets.filter((target) => target.index === state.index && shown.includes(target.unit)),
    [state.index, shown],
  );
  const targetUnits = [...new Set(targets.map((target) => target.unit))];
  const targetSpan = targets.flatMap((target) => [
    target.baselineYear ?? target.targetYear,
    target.targetYear,
  ]);
  const targetFacts = useTargetFacts(
    targets.length > 0
      ? { index: state.index, units: targetUnits, from: Math.min(...targetSpan), to: Math.max(...targetSpan) }
      : null,
  );
  const shownData = data.data;
  return {
    range,
    span,
    lineage,
    mergersOf,
    data: shownData,
    homeLevel: shownData?.yoy.find((point) => point.unit === shownData.args.home)?.unitLevel ?? 'province',
    targets,
    targetFacts,
    targetProblems: BUNDLED_TARGETS.problems,
    settled: ready && data.isSuccess && !data.isPlaceholderData,
    error: years.error ?? links.error ?? data.error,
  };
}

export type TrendsView = ReturnType<typeof useTrendsView>;
