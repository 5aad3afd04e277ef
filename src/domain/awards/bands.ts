import type { Band, BandScheme } from './rule-set-types';

export interface RankedBand {
  readonly band: Band;
  /** 1 = best. */
  readonly order: number;
}

/** Finds a band by id among the schemes in force: its order (1 = best) and lower bound. */
export function findBand(schemes: readonly BandScheme[], bandId: string): RankedBand | null {
  for (const scheme of schemes) {
    const position = scheme.bands.findIndex((band) => band.id === bandId);
    const band = scheme.bands[position];
    if (band) return { band, order: position + 1 };
  }
  return null;
}

/**
 * The band schemes to use: a dataset's registry (data/registry/*-bands.json) when it has one,
 * otherwise the scheme the rule set was written with.
 */
export function resolveBands(
  ruleSetBands: readonly BandScheme[],
  registryBands: readonly BandScheme[] | null | undefined,
): readonly BandScheme[] {
  return registryBands && registryBands.length > 0 ? registryBands : ruleSetBands;
}
