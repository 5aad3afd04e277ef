/** A loaded dataset as the awards screen needs it (from the datasets table). */
export interface AwardDataset {
  readonly id: string;
  readonly kind: 'published' | 'sample' | 'imported';
  readonly label: string;
  readonly firstYear: number | null;
  readonly lastYear: number | null;
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
}

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
    }));
  return [...grouped('sample'), ...grouped('published'), ...imported];
}

// Ninh Thuận's targets are about a province in the published national tables; Sóc Trăng's movement
// is about a province's own units, which only the sample (or an import) has.
const DEFAULT_SOURCE: Readonly<Record<string, string>> = { 'ninh-thuan-2022': 'published' };

/** The sources in force: those asked for that exist, else the rule set's default, else the sample. */
export function chosenSources(
  asked: readonly string[] | null,
  available: readonly DataSource[],
  ruleSetId: string,
): DataSource[] {
  const known = (keys: readonly string[]) => available.filter((source) => keys.includes(source.key));
  const fromUrl = asked ? known(asked) : [];
  if (fromUrl.length > 0) return fromUrl;
  const fallback = known([DEFAULT_SOURCE[ruleSetId] ?? 'sample']);
  return fallback.length > 0 ? fallback : available.slice(0, 1);
}

/** Sorted, so that the same choice is the same query whatever the order of the clicks. */
export function datasetIdsOf(sources: readonly DataSource[]): string[] {
  return [...new Set(sources.flatMap((source) => source.datasetIds))].sort();
}

/** Toggles one source in the current choice; the last one cannot be removed (nothing to judge). */
export function toggleSource(current: readonly string[], key: string): string[] {
  if (!current.includes(key)) return [...current, key];
  const next = current.filter((candidate) => candidate !== key);
  return next.length > 0 ? next : [...current];
}
