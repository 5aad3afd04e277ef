import { useCallback, useMemo } from 'react';
import { BUNDLED_TARGETS } from '@/config/targets';
import { lineageOf, mergerYears } from '../model/lineage';
import { fetchSpan, sliceToRange } from '../model/slice-range';
import { defaultRange, type TrendsState } from '../model/url-state';
import { useIndexYears, useLineageLinks } from './use-reference-data';
import { useTargetFactsOf } from './use-target-facts';
import { useViewRows } from './use-view-rows';

/**
 * Everything the trends screen draws for one state. Per change of unit or index: one series, one
 * yoy and one peer statement over the index's whole span, in one query; a change of years slices
 * that in memory (lineage links and index years are read once, cached).
 */
export function useTrendsView(state: TrendsState, home: string | null) {
  const years = useIndexYears();
  const links = useLineageLinks();
  const span = years.data?.find((entry) => entry.index_code === state.index);
  const fallback = span ? defaultRange(span.first_year, span.last_year) : null;
  const from = state.from ?? fallback?.from ?? null;
  const to = state.to ?? fallback?.to ?? null;
  const range = useMemo(() => (from !== null && to !== null ? { from, to } : null), [from, to]);
  const lineage = useMemo(() => (home ? lineageOf(links.data ?? [], home) : null), [links.data, home]);
  const mergersOf = useCallback((unit: string) => mergerYears(links.data ?? [], unit), [links.data]);
  const shown = useMemo(() => (home ? [home, ...state.compare] : []), [home, state.compare]);
  const seriesUnits = useMemo(
    () => [...new Set([...shown, ...(lineage?.predecessors.map((part) => part.code) ?? [])])],
    [shown, lineage],
  );
  const ready = range !== null && span !== undefined && home !== null && links.isSuccess;
  const fetched = ready ? fetchSpan({ from: span.first_year, to: span.last_year }, range) : null;
  const fetchFrom = fetched?.from ?? null;
  const fetchTo = fetched?.to ?? null;
  // Stable while nothing it holds changes: the rows cut from a cached bundle then stay the same too.
  const args = useMemo(
    () =>
      home !== null && fetchFrom !== null && fetchTo !== null
        ? {
            index: state.index,
            home,
            seriesUnits,
            shownUnits: shown,
            from: fetchFrom,
            to: fetchTo,
            peer: state.peer,
          }
        : null,
    [state.index, home, seriesUnits, shown, fetchFrom, fetchTo, state.peer],
  );
  const data = useViewRows(args);
  const raw = data.data;
  const series = raw?.series;
  const yoy = raw?.yoy;
  const peers = raw?.peers;
  // Sliced from the rows, not from the answer around them: the same rows keep the same arrays.
  const sliced = useMemo(
    () => (series && yoy && peers && range ? sliceToRange({ series, yoy, peers }, range) : undefined),
    [series, yoy, peers, range],
  );
  const shownArgs = raw?.args;
  const shownData = useMemo(
    () => (shownArgs && range && sliced ? { args: shownArgs, range, ...sliced } : undefined),
    [shownArgs, range, sliced],
  );
  const targets = useMemo(
    () =>
      BUNDLED_TARGETS.targets.filter((target) => target.index === state.index && shown.includes(target.unit)),
    [state.index, shown],
  );
  const targetFacts = useTargetFactsOf(targets, raw?.yoy, state.peer === 'level');
  return {
    range,
    span,
    lineage,
    mergersOf,
    data: shownData,
    homeLevel: shownData?.yoy.find((row) => row.unit_code === shownData.args.home)?.unit_level ?? 'province',
    targets,
    targetFacts,
    targetProblems: BUNDLED_TARGETS.problems,
    settled: ready && data.isSuccess && !data.isPlaceholderData,
    error: years.error ?? links.error ?? data.error,
  };
}

export type TrendsView = ReturnType<typeof useTrendsView>;
