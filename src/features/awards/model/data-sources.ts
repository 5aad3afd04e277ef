/** A loaded dataset as the awards screen needs it (from the datasets table). */
export interface AwardDataset {
  readonly id: string;
  readonly kind: 'published' | 'sample' | 'imported';
  readonly label: string;
  readonly firstYear: number | null;
  readonly lastYear: number | null;
  /** Holds a province's own units (departments, districts, …): src/domain/awards/internal-units.ts. */
  readonly internal: boolean;
}

/**
 * What the user picks from: the sample province and the published figures each as one source (their
 * files only make sense together), every imported file on its own.
 */
export interface DataSource {
  readonly key: string;
  readonly kind: AwardDataset['kind'];
  readonly label: string;
  readonly datasetIds: readonly string[];
  readonly lastYear: number | null;
  readonly internal: boolean;
}

/** The user's own files first; the published figures, then the sample province, step back. */
export function dataSources(datasets: readonly AwardDataset[]): DataSource[] {
  const grouped = (kind: 'sample' | 'published'): DataSource[] => {
    const members = datasets.filter((dataset) => dataset.kind === kind);
    if (members.length === 0) return [];
    const years = members.flatMap((dataset) => (dataset.lastYear === null ? [] : [dataset.lastYear]));
    return [
      {
        key: kind,
        kind,
        label: kind,
        datasetIds: members.map((dataset) => dataset.id),
        lastYear: years.length > 0 ? Math.max(...years) : null,
        internal: members.some((dataset) => dataset.internal),
      },
    ];
  };
  const imported = datasets
    .filter((dataset) => dataset.kind === 'imported')
    .map((dataset) => ({
      key: dataset.id,
      kind: dataset.kind,
      label: dataset.label,
      datasetIds: [dataset.id],
      lastYear: dataset.lastYear,
      internal: dataset.internal,
    }));
  return [...imported, ...grouped('published'), ...grouped('sample')];
}

/** The last choice this browser made: the keys chosen, and every key that was on offer then. */
export interface RememberedChoice {
  readonly sources: readonly string[];
  readonly offered: readonly string[];
}

// Ninh Thuận's targets are about a province in the published national tables; Sóc Trăng's movement
// is about a province's own units, which the user's import (or else the sample) has.
const DEFAULT_SOURCE: Readonly<Record<string, string>> = { 'ninh-thuan-2022': 'published' };

/** The user's imports of internal units: once there are any, they are what the screen judges. */
const ownData = (available: readonly DataSource[]) =>
  available.filter((source) => source.kind === 'imported' && source.internal);

/**
 * The sources in force: those the permalink asks for (an empty list is a choice too: nothing), else
 * the browser's last choice unless own data arrived since, else the rule set's default, else the
 * user's own internal data, else the sample.
 */
export function chosenSources(
  asked: readonly string[] | null,
  available: readonly DataSource[],
  ruleSetId: string,
  remembered: RememberedChoice | null = null,
): DataSource[] {
  const known = (keys: readonly string[]) => available.filter((source) => keys.includes(source.key));
  if (asked && asked.length === 0) return [];
  const fromUrl = asked ? known(asked) : [];
  if (fromUrl.length > 0) return fromUrl;
  if (remembered) {
    const newOwnData = ownData(available).some((source) => !remembered.offered.includes(source.key));
    const kept = known(remembered.sources);
    if (!newOwnData && (kept.length > 0 || remembered.sources.length === 0)) return kept;
  }
  const preset = DEFAULT_SOURCE[ruleSetId];
  const fromRuleSet = preset ? known([preset]) : [];
  if (fromRuleSet.length > 0) return fromRuleSet;
  const own = ownData(available);
  if (own.length > 0) return own;
  const sample = known(['sample']);
  return sample.length > 0 ? sample : available.slice(0, 1);
}

/** Sorted, so that the same choice is the same query whatever the order of the clicks. */
export function datasetIdsOf(sources: readonly DataSource[]): string[] {
  return [...new Set(sources.flatMap((source) => source.datasetIds))].sort();
}

/** Toggles one source in the current choice; any order of clicks is allowed, down to none. */
export function toggleSource(current: readonly string[], key: string): string[] {
  return current.includes(key) ? current.filter((candidate) => candidate !== key) : [...current, key];
}

/** `data=` of the permalink: the chosen keys, or `none` when every box is cleared. */
export const NO_SOURCES = 'none';
export function sourcesParam(keys: readonly string[]): string {
  return keys.length > 0 ? keys.join(',') : NO_SOURCES;
}

/** Last choices by rule set id: Ninh Thuận's province targets and Sóc Trăng's units want other data. */
export type RememberedChoices = Readonly<Record<string, RememberedChoice>>;

const isChoice = (value: unknown): value is RememberedChoice => {
  if (typeof value !== 'object' || value === null) return false;
  const { sources, offered } = value as Record<string, unknown>;
  const strings = (list: unknown): boolean =>
    Array.isArray(list) && list.every((item) => typeof item === 'string');
  return strings(sources) && strings(offered);
};

/** The stored last choices; a damaged entry (or store) is dropped, never guessed at. */
export function parseRememberedChoices(raw: string | null): RememberedChoices {
  if (raw === null) return {};
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    return Object.fromEntries(Object.entries(value).filter(([, choice]) => isChoice(choice)));
  } catch {
    return {};
  }
}
