import { type IndexCode, isIndexCode } from '@/domain/catalogue';
import { type Baseline, baselineParams, parseBaseline } from '@/lib/baseline-param';
import { urlCode, urlCodeList, urlPick, urlYear } from '@/lib/url-values';

/** Every view setting of the trends screen; the URL hash is its only store (see the README). */
export interface TrendsState {
  readonly index: IndexCode;
  /** Up to MAX_COMPARE units drawn beside the home unit (the home unit itself is `unit=`). */
  readonly compare: readonly string[];
  /** Components shown in the component chart, table and small multiples; empty = all. */
  readonly components: readonly string[];
  /** The component the unit comparison, bump chart, peer chart and targets are about. */
  readonly focus: string;
  /** null = not in the URL yet: the screen fills in the index's latest years. */
  readonly from: number | null;
  readonly to: number | null;
  readonly peer: 'level' | 'block';
  /** The user asked for a combined line of a merged unit's predecessors (never on by default). */
  readonly combined: boolean;
  /** What the year-over-year table's changes are taken against (previous year by default). */
  readonly baseline: Baseline;
}

/** The home unit plus five compared units: the six the issue allows. */
export const MAX_COMPARE = 5;
export const DEFAULT_INDEX: IndexCode = 'PAPI';
/** More components than any index has; a longer list is not one the screen wrote. */
const MAX_COMPONENTS = 40;

/** Reads the view from the hash's params; anything malformed falls back to its default. */
export function parseTrendsState(params: URLSearchParams, homeUnit: string | null = null): TrendsState {
  const index = params.get('index') ?? '';
  let from = urlYear(params.get('from'));
  let to = urlYear(params.get('to'));
  // A reversed range is a typo, not an empty view.
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  return {
    index: isIndexCode(index) ? index : DEFAULT_INDEX,
    compare: urlCodeList(params.get('compare'), MAX_COMPARE + 1)
      .filter((code) => code !== homeUnit)
      .slice(0, MAX_COMPARE),
    components: urlCodeList(params.get('comp'), MAX_COMPONENTS).map((code) => code.toUpperCase()),
    focus: urlCode(params.get('focus'))?.toUpperCase() ?? 'TOTAL',
    from,
    to,
    peer: urlPick(['level', 'block'] as const, params.get('peer')) ?? 'level',
    combined: params.get('combined') === 'mean',
    baseline: parseBaseline(params),
  };
}

/**
 * Param changes for `setParams`: defaults are dropped so permalinks stay short, and the result never
 * names the home unit (that is `unit=`, owned by the shared home-unit hook).
 */
export function trendsParams(state: Partial<TrendsState>): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  if (state.index !== undefined) out.index = state.index;
  if (state.compare !== undefined) out.compare = state.compare.join(',') || undefined;
  if (state.components !== undefined) out.comp = state.components.join(',') || undefined;
  if (state.focus !== undefined) out.focus = state.focus === 'TOTAL' ? undefined : state.focus;
  if (state.from !== undefined) out.from = state.from === null ? undefined : String(state.from);
  if (state.to !== undefined) out.to = state.to === null ? undefined : String(state.to);
  if (state.peer !== undefined) out.peer = state.peer === 'level' ? undefined : state.peer;
  if (state.combined !== undefined) out.combined = state.combined ? 'mean' : undefined;
  if (state.baseline !== undefined) Object.assign(out, baselineParams(state.baseline));
  return out;
}

/** The latest seven years of an index by default: PAPI 2018–2024, its eight-dimension era. */
export function defaultRange(first: number, last: number, span = 7): { from: number; to: number } {
  return { from: Math.max(first, last - span + 1), to: last };
}
