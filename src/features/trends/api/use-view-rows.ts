import { useMemo } from 'react';
import { currentUnits, useUnits } from '@/queries/units';
import { viewOfBundle } from '../model/index-bundle';
import { MAX_BUNDLE_UNITS, useIndexBundle } from './use-index-bundle';
import { type TrendsDataArgs, useTrendsData } from './use-trends-data';

/**
 * The rows of one view over the index's span. Grouped by level on an index of national size, they
 * are cut from the index read whole (a change of home or compared units costs no query); otherwise
 * (by block, or thousands of imported units) the view's own three statements are read.
 */
export function useViewRows(args: TrendsDataArgs | null) {
  const units = useUnits();
  // Not a list from before the data changed: the index's units would lack those just imported.
  const list = currentUnits(units);
  const index = args?.index;
  const indexUnits = useMemo(
    () => (list ?? []).filter((unit) => index && unit.indices.includes(index)).map((unit) => unit.code),
    [list, index],
  );
  // A unit that the list held from before the change lacks (one just imported) is read by its own
  // statements at once, right for an index of any size, instead of after the list's read over every
  // row (a second of the engine's time after a 1,000,000-row import).
  const unlisted =
    args !== null && list === undefined && units.data?.some((unit) => unit.code === args.home) === false;
  const known = args !== null && (list !== undefined || unlisted);
  const bundled =
    known &&
    list !== undefined &&
    args.peer === 'level' &&
    indexUnits.length > 0 &&
    indexUnits.length <= MAX_BUNDLE_UNITS;
  const bundle = useIndexBundle(
    bundled ? { index: args.index, units: indexUnits, from: args.from, to: args.to } : null,
  );
  const single = useTrendsData(known && !bundled ? args : null);
  const home = args?.home;
  const seriesUnits = args?.seriesUnits;
  const shownUnits = args?.shownUnits;
  // Cut for the view's units only: while another index loads, the previous index's rows stay the
  // same arrays, so the charts drawing them skip the render instead of drawing them again.
  const cut = useMemo(
    () =>
      bundle.data && home !== undefined && seriesUnits && shownUnits
        ? viewOfBundle(bundle.data, { home, seriesUnits, shownUnits })
        : undefined,
    [bundle.data, home, seriesUnits, shownUnits],
  );
  const data = useMemo(() => {
    if (!bundled) return single.data;
    // Until the index's first read whole arrives, the rows read by the view's own statements (a unit
    // just imported, before the list was read again) stay on screen.
    if (!bundle.data || !args || !cut) return single.data;
    // The previous index's rows stay on screen under their own index.
    return { args: { ...args, index: bundle.data.index }, ...cut };
  }, [bundled, single.data, bundle.data, args, cut]);
  const query = bundled ? bundle : single;
  return {
    data,
    isSuccess: query.isSuccess,
    isPlaceholderData: query.isPlaceholderData,
    error: units.error ?? query.error,
  };
}
