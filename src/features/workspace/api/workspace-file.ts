import { changeScores, database } from '@/db/database';
import { prepareInWorker } from '@/ingest/prepare-in-worker';
import { downloadBlob } from '@/lib/csv-export';
import type { WorkspaceManifest } from '@/lib/workspace/format';
import type { WorkspaceProblem } from '@/lib/workspace/problems';
import { version } from '../../../../package.json';
import { persistWorkspace, readBrowserSettings, SETTINGS_STORES } from './browser-stores';
import { type CheckedWorkspace, checkWorkspace } from './check-workspace';
import { commitWorkspaceDatasets } from './commit-datasets';
import { packWorkspace, readImportedDatasets } from './pack-workspace';

export type WorkspaceStage = 'packing' | 'reading' | 'saving';
export type OnWorkspaceProgress = (stage: WorkspaceStage, fraction: number) => void;

export interface ExportedWorkspace {
  readonly fileName: string;
  readonly datasets: number;
  readonly settings: number;
}

/** `khong-gian-lam-viec-2026-12-02.zip`: no diacritics, as some intranet shares reject them. */
function exportName(now: Date): string {
  return `khong-gian-lam-viec-${now.toISOString().slice(0, 10)}.zip`;
}

/** Reads what the user added (DuckDB's committed rows, the remembered choices), zips it, downloads it. */
export async function exportWorkspace(onProgress: OnWorkspaceProgress): Promise<ExportedWorkspace> {
  const engine = await database();
  const now = new Date();
  onProgress('packing', 0);
  const datasets = await readImportedDatasets(engine);
  const settings = await readBrowserSettings();
  const blob = await packWorkspace(
    { datasets, settings, appVersion: version, createdAt: now.toISOString() },
    (fraction) => onProgress('packing', fraction),
  );
  const fileName = exportName(now);
  downloadBlob(blob, fileName);
  return { fileName, datasets: datasets.length, settings: Object.keys(settings.localStorage).length };
}

export type CheckedFile = { ok: true; value: CheckedWorkspace } | { ok: false; problem: WorkspaceProblem };

/** Step 1 of opening: everything checked that needs no DuckDB; nothing changes. */
export function checkWorkspaceFile(file: File, onProgress: OnWorkspaceProgress): Promise<CheckedFile> {
  return checkWorkspace(file, SETTINGS_STORES, (fraction) => onProgress('reading', fraction));
}

export type OpenedWorkspace = { ok: true; persisted: boolean } | { ok: false; problem: WorkspaceProblem };

/** Step 2, once confirmed: the datasets replace the imported ones in one transaction, then are kept. */
export async function openCheckedWorkspace(
  checked: CheckedWorkspace,
  onProgress: OnWorkspaceProgress,
): Promise<OpenedWorkspace> {
  const engine = await database();
  onProgress('saving', 0);
  const outcome = await changeScores(
    () =>
      commitWorkspaceDatasets(engine, checked.datasets, {
        prepare: prepareInWorker,
        settings: checked.settings,
        onProgress: (fraction) => onProgress('saving', fraction * 0.9),
      }),
    (result) => result.ok,
  );
  if (!outcome.ok) return outcome;
  const datasets = checked.datasets.map(({ part, csv }) => ({ ...part, csv }));
  const persisted = await persistWorkspace(datasets, checked.settings);
  onProgress('saving', 1);
  return { ok: true, persisted };
}

export function summary(manifest: WorkspaceManifest) {
  const datasets = manifest.parts.filter((part) => part.kind === 'dataset');
  const settings = manifest.parts.find((part) => part.kind === 'settings');
  return {
    datasets: datasets.length,
    rows: datasets.reduce((sum, part) => sum + part.rows, 0),
    settings: settings?.rows ?? 0,
    createdAt: manifest.createdAt,
    appVersion: manifest.appVersion,
  };
}
