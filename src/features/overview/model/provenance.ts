import { BUNDLED_DATASETS, provenanceLine } from '@/config/datasets';
import type { Lang } from '@/domain/catalogue';

/**
 * "Publisher, document (years)" for each dataset holding the unit's figures, from the manifest; an
 * imported dataset has no manifest entry and is named by `importedLabel`. Duplicates collapse.
 */
export function provenanceText(datasetIds: readonly string[], lang: Lang, importedLabel: string): string {
  const parts = datasetIds.map((id) => {
    const dataset = BUNDLED_DATASETS.find((candidate) => candidate.id === id);
    return dataset ? provenanceLine(dataset, lang) : importedLabel;
  });
  return [...new Set(parts)].join('; ');
}
