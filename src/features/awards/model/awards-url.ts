import type { AwardContext } from '@/domain/awards/verdict-types';
import { urlCode, urlCodeList, urlYear } from '@/lib/url-values';
import { NO_SOURCES } from './data-sources';

export const VERDICT_FILTERS = ['all', 'pass', 'near'] as const;
export type VerdictFilter = (typeof VERDICT_FILTERS)[number];

/** What the permalink says; null = "not given", so the screen picks its default. */
export interface AwardsUrlState {
  readonly ruleSetId: string | null;
  readonly context: AwardContext | null;
  readonly block: string | null;
  readonly filter: VerdictFilter;
  /** Data source keys (`sample`, `published` or an imported dataset id); null = the default, [] = none. */
  readonly sources: readonly string[] | null;
}

const PERIOD = /^(\d{4})-(\d{4})$/;
/** More data sources than anyone combines; a longer list is not one the screen wrote. */
const MAX_SOURCES = 20;

/** `2025` → a year, `2021-2025` → a period; anything else (or a reversed period) → null. */
export function parseContext(year: string | null, period: string | null): AwardContext | null {
  const single = urlYear(year);
  if (single !== null) return { year: single };
  const match = period ? PERIOD.exec(period) : null;
  if (!match) return null;
  const from = urlYear(match[1] ?? null);
  const to = urlYear(match[2] ?? null);
  return from !== null && to !== null && from <= to ? { period: { from, to } } : null;
}

export function isVerdictFilter(value: string | null): value is VerdictFilter {
  return VERDICT_FILTERS.some((filter) => filter === value);
}

export function parseAwardsParams(params: URLSearchParams): AwardsUrlState {
  const filter = params.get('filter');
  const data = params.get('data');
  return {
    // A rule set's id is the user's own (from an imported file); it is matched against the loaded sets.
    ruleSetId: params.get('ruleset') || null,
    context: parseContext(params.get('year'), params.get('period')),
    block: urlCode(params.get('block')),
    filter: isVerdictFilter(filter) ? filter : 'all',
    sources: data === NO_SOURCES ? [] : data ? urlCodeList(data, MAX_SOURCES) : null,
  };
}

/** The hash parameters a context sets; the other of year/period is cleared so only one is in force. */
export function contextParams(context: AwardContext): { year?: string; period?: string } {
  return 'year' in context
    ? { year: String(context.year), period: undefined }
    : { year: undefined, period: `${context.period.from}-${context.period.to}` };
}

/** One string per context, for a <select> value and for comparing contexts. */
export function contextKey(context: AwardContext): string {
  return 'year' in context ? `year:${context.year}` : `period:${context.period.from}-${context.period.to}`;
}

export function parseContextKey(key: string): AwardContext | null {
  const [kind, value = ''] = key.split(':', 2);
  if (kind === 'year') return parseContext(value, null);
  if (kind === 'period') return parseContext(null, value);
  return null;
}
