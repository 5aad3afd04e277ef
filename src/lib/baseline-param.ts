import { urlPick, urlYear } from './url-values';

/**
 * What a change is taken against: the previous comparable year (the default), a base year the reader
 * chose, or the base year of the unit's target. Held in the URL (`baseline=base&base=2021`,
 * `baseline=target`) so a shared link shows the same comparison; trends, its year-over-year table and
 * the briefing read it the same way.
 */
export const BASELINE_MODES = ['previous', 'base', 'target'] as const;
export type BaselineMode = (typeof BASELINE_MODES)[number];

export interface Baseline {
  readonly mode: BaselineMode;
  /** The chosen base year (`mode` base); null = the screen's default base year. */
  readonly base: number | null;
}

export const DEFAULT_BASELINE: Baseline = { mode: 'previous', base: null };

/** Reads the baseline through the URL gate; anything malformed is the default. */
export function parseBaseline(params: URLSearchParams): Baseline {
  const mode = urlPick(BASELINE_MODES, params.get('baseline')) ?? 'previous';
  return { mode, base: mode === 'base' ? urlYear(params.get('base')) : null };
}

/** Param changes for `setParams`: the default is dropped, a base year only travels with `base`. */
export function baselineParams(baseline: Baseline): Record<string, string | undefined> {
  return {
    baseline: baseline.mode === 'previous' ? undefined : baseline.mode,
    base: baseline.mode === 'base' && baseline.base !== null ? String(baseline.base) : undefined,
  };
}
