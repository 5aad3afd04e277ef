import { BUNDLED_DATASETS, type BundledDataset, provenanceLine } from '@/config/datasets';
import { memoryPath } from '@/db/settings';
import type { BundledFile } from '@/sql/bundled-load';

/** The name under which a bundled dataset's bytes are registered with DuckDB. */
export function bundledFileName(dataset: BundledDataset): string {
  return `bundled-${dataset.id}.csv`;
}

/** How a bundled dataset is described to the load SQL: the browser's start-up and the build use this one mapping. */
export function bundledFile(dataset: BundledDataset): BundledFile {
  return {
    datasetId: dataset.id,
    kind: dataset.kind,
    label: dataset.label.vi,
    fileName: dataset.fileName,
    source: provenanceLine(dataset, 'vi'),
    path: memoryPath(bundledFileName(dataset)),
  };
}

/** Every bundled dataset, in the manifest's order. */
export function bundledFiles(): BundledFile[] {
  return BUNDLED_DATASETS.map(bundledFile);
}
