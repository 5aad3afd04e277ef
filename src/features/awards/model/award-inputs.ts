import type { AdvisingParseResult } from '@/domain/awards/advising-registry';
import { resolveBands } from '@/domain/awards/bands';
import type { AdvisingEntry } from '@/domain/awards/fact-types';
import type { BandScheme, RuleSet } from '@/domain/awards/rule-set-types';
import type { AwardContext } from '@/domain/awards/verdict-types';
import type { BlockRow } from '@/domain/registries/registry-types';
import type { AwardsUrlState } from './awards-url';
import { type ContextOptions, contextOptions, defaultContext, includeContext } from './context-options';
import {
  type AwardDataset,
  chosenSources,
  type DataSource,
  dataSources,
  datasetIdsOf,
  type RememberedChoices,
} from './data-sources';

/** The sample province's registry (bands, advising map), which only applies to the sample data. */
export interface SampleRegistry {
  readonly bands: readonly BandScheme[];
  readonly advising: readonly AdvisingEntry[];
}

export type AdvisingOrigin = 'file' | 'sample' | 'none';

/** Everything one evaluation needs, resolved from the permalink, the loaded data and the user's files. */
export interface AwardInputs {
  readonly ruleSet: RuleSet;
  readonly context: AwardContext;
  readonly options: ContextOptions;
  readonly available: readonly DataSource[];
  readonly sources: readonly DataSource[];
  readonly datasetIds: readonly string[];
  readonly bands: readonly BandScheme[];
  readonly advising: readonly AdvisingEntry[];
  readonly advisingOrigin: AdvisingOrigin;
  readonly blockMap: readonly BlockRow[];
}

export function resolveAwardInputs(args: {
  readonly url: AwardsUrlState;
  readonly ruleSets: readonly RuleSet[];
  readonly datasets: readonly AwardDataset[];
  readonly sample: SampleRegistry;
  readonly advisingFile: AdvisingParseResult | null;
  /** This browser's last choice of data per rule set, used when the permalink names none. */
  readonly remembered?: RememberedChoices;
  /** The user's block map (src/queries/registries), empty when there is none. */
  readonly blockMap?: readonly BlockRow[];
}): AwardInputs | null {
  const { url, ruleSets, datasets, sample, advisingFile, remembered = {}, blockMap = [] } = args;
  const ruleSet = ruleSets.find((candidate) => candidate.id === url.ruleSetId) ?? ruleSets[0];
  if (!ruleSet) return null;
  const available = dataSources(datasets);
  const sources = chosenSources(url.sources, available, ruleSet.id, remembered[ruleSet.id] ?? null);
  const years = sources.flatMap((source) => (source.lastYear === null ? [] : [source.lastYear]));
  const lastYear = years.length > 0 ? Math.max(...years) : null;
  const withSample = sources.some((source) => source.kind === 'sample');
  // A loaded advising map wins; otherwise the sample's own map, but only for the sample's units.
  const advisingOrigin: AdvisingOrigin = advisingFile ? 'file' : withSample ? 'sample' : 'none';
  const context = url.context ?? defaultContext(ruleSet, lastYear);
  return {
    ruleSet,
    context,
    options: includeContext(contextOptions(ruleSet, lastYear), context),
    available,
    sources,
    datasetIds: datasetIdsOf(sources),
    bands: resolveBands(ruleSet.bands, withSample ? sample.bands : null),
    advising: advisingFile ? advisingFile.entries : withSample ? sample.advising : [],
    advisingOrigin,
    blockMap,
  };
}
