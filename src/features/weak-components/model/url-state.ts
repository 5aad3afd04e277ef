import { type IndexCode, isIndexCode } from '@/domain/catalogue';
import { urlCode, urlInt, urlPick, urlYear } from '@/lib/url-values';
import { DEFAULT_WEAK_CRITERIA, type LowMode } from '@/sql/weak-components';

/** What the heatmap cells are coloured by. */
export type ColourMode = 'pct' | 'rank' | 'change';
/** The list's own level/block filter: follow the heatmap's peer group, everything, or one value. */
export type ListFilter =
  | { readonly kind: 'group' }
  | { readonly kind: 'all' }
  | { readonly kind: 'one'; readonly value: string };

/** The whole view as the URL carries it (`#/weak?index=PCI&year=2022&level=province&low=median&fall=3`). */
export interface WeakViewState {
  readonly index: IndexCode;
  /** null = the latest year with data (resolved against what is loaded). */
  readonly year: number | null;
  /** null = the index's headline level. */
  readonly level: string | null;
  /** null = the whole level, no block. */
  readonly block: string | null;
  readonly low: LowMode;
  /** % of max below which a component is low (low = pct only). */
  readonly lowPct: number;
  /** Falling also when down this many places or more. */
  readonly fall: number;
  readonly colour: ColourMode;
  readonly listLevel: ListFilter;
  readonly listBlock: ListFilter;
}

export const DEFAULT_VIEW: WeakViewState = {
  index: 'PAPI',
  year: null,
  level: null,
  block: null,
  low: DEFAULT_WEAK_CRITERIA.lowMode,
  lowPct: DEFAULT_WEAK_CRITERIA.lowThreshold,
  fall: DEFAULT_WEAK_CRITERIA.fallRankPlaces,
  colour: 'pct',
  listLevel: { kind: 'group' },
  listBlock: { kind: 'group' },
};

/** URL keys this screen owns; `unit` belongs to the shared home unit, `lang` to the shell. */
export const VIEW_KEYS = [
  'index',
  'year',
  'level',
  'block',
  'low',
  'pct',
  'fall',
  'colour',
  'llevel',
  'lblock',
] as const;

const LOW_MODES: readonly LowMode[] = ['pct', 'median', 'quartile'];
const COLOUR_MODES: readonly ColourMode[] = ['pct', 'rank', 'change'];
function parseFilter(value: string | null): ListFilter {
  if (value === 'all') return { kind: 'all' };
  const one = urlCode(value);
  return one === null ? { kind: 'group' } : { kind: 'one', value: one };
}

function formatFilter(filter: ListFilter): string | undefined {
  if (filter.kind === 'group') return undefined;
  return filter.kind === 'all' ? 'all' : filter.value;
}

/** Reads the view from URL parameters; an invalid value falls back to its default, never throws. */
export function parseWeakParams(params: URLSearchParams): WeakViewState {
  const index = params.get('index');
  return {
    index: index !== null && isIndexCode(index) ? index : DEFAULT_VIEW.index,
    year: urlYear(params.get('year')),
    level: urlCode(params.get('level')),
    block: urlCode(params.get('block')),
    low: urlPick(LOW_MODES, params.get('low')) ?? DEFAULT_VIEW.low,
    lowPct: urlInt(params.get('pct'), 1, 100) ?? DEFAULT_VIEW.lowPct,
    fall: urlInt(params.get('fall'), 1, 99) ?? DEFAULT_VIEW.fall,
    colour: urlPick(COLOUR_MODES, params.get('colour')) ?? DEFAULT_VIEW.colour,
    listLevel: parseFilter(params.get('llevel')),
    listBlock: parseFilter(params.get('lblock')),
  };
}

/** The view as URL parameters (undefined = left out); the threshold only when it is in use. */
export function formatWeakParams(
  view: WeakViewState,
): Record<(typeof VIEW_KEYS)[number], string | undefined> {
  return {
    index: view.index,
    year: view.year === null ? undefined : String(view.year),
    level: view.level ?? undefined,
    block: view.block ?? undefined,
    low: view.low,
    pct: view.low === 'pct' ? String(view.lowPct) : undefined,
    fall: String(view.fall),
    colour: view.colour === DEFAULT_VIEW.colour ? undefined : view.colour,
    llevel: formatFilter(view.listLevel),
    lblock: formatFilter(view.listBlock),
  };
}

/** True when the URL says nothing about this screen's view (then the remembered view applies). */
export function hasViewParams(params: URLSearchParams): boolean {
  return VIEW_KEYS.some((key) => params.has(key));
}

/** The remembered view, stored as a query string of the screen's own keys only. */
export function serialiseView(view: WeakViewState): string {
  const entries = Object.entries(formatWeakParams(view)).filter(
    (entry): entry is [string, string] => entry[1] !== undefined,
  );
  return new URLSearchParams(entries).toString();
}
