import type { SqlEngine } from '@/db/engine';
import { readRows } from '@/db/rows';
import {
  DATASET_FOLDER,
  MANIFEST_NAME,
  SETTINGS_NAME,
  WORKSPACE_FORMAT,
  WORKSPACE_VERSION,
  type WorkspaceDataset,
  type WorkspaceManifest,
  type WorkspacePart,
  type WorkspaceSettings,
} from '@/lib/workspace/format';
import { longCsv } from '@/lib/workspace/long-csv';
import { sha256Hex } from '@/lib/workspace/sha256';
import { packZip, type ZipProgress } from '@/lib/workspace/zip';
import { selectDatasetLongRows, selectImportedDatasets } from '@/sql/workspace';

/** Every imported dataset read back from DuckDB as a long-layout CSV (what a CSV import accepts). */
export async function readImportedDatasets(engine: SqlEngine): Promise<WorkspaceDataset[]> {
  const listed = await readRows(engine, selectImportedDatasets());
  const encoder = new TextEncoder();
  const datasets: WorkspaceDataset[] = [];
  for (const entry of listed) {
    const datasetId = entry.dataset_id;
    const rows = await readRows(engine, selectDatasetLongRows(datasetId));
    datasets.push({
      datasetId,
      label: entry.label,
      fileName: entry.file_name,
      addedAt: entry.added_at ?? '',
      rows: rows.length,
      csv: encoder.encode(longCsv(rows)),
    });
  }
  return datasets;
}

export interface PackInput {
  readonly datasets: readonly WorkspaceDataset[];
  readonly settings: WorkspaceSettings;
  readonly appVersion: string;
  readonly createdAt: string;
}

/** The zip: manifest.json (format, version, parts with row counts and SHA-256), the CSVs, settings.json. */
export async function packWorkspace(input: PackInput, onProgress?: ZipProgress): Promise<Blob> {
  const settingsBytes = new TextEncoder().encode(JSON.stringify(input.settings, null, 2));
  const keys = Object.keys(input.settings.localStorage).sort();
  const storeRows = Object.values(input.settings.indexedDb).reduce((sum, entries) => sum + entries.length, 0);
  const parts: WorkspacePart[] = [];
  const files: { name: string; bytes: Uint8Array }[] = [];
  for (const dataset of input.datasets) {
    const name = `${DATASET_FOLDER}${dataset.datasetId}.csv`;
    const { csv, rows, ...identity } = dataset;
    parts.push({ kind: 'dataset', name, rows, sha256: await sha256Hex(csv), ...identity });
    files.push({ name, bytes: csv });
  }
  parts.push({
    kind: 'settings',
    name: SETTINGS_NAME,
    rows: keys.length + storeRows,
    sha256: await sha256Hex(settingsBytes),
    keys,
  });
  files.push({ name: SETTINGS_NAME, bytes: settingsBytes });
  const manifest: WorkspaceManifest = {
    format: WORKSPACE_FORMAT,
    formatVersion: WORKSPACE_VERSION,
    appVersion: input.appVersion,
    createdAt: input.createdAt,
    parts,
  };
  const manifestBytes = new TextEncoder().encode(JSON.stringify(manifest, null, 2));
  return packZip([{ name: MANIFEST_NAME, bytes: manifestBytes }, ...files], onProgress);
}
