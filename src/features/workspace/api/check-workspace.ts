import {
  type DatasetPart,
  MANIFEST_NAME,
  type WorkspaceManifest,
  type WorkspaceSettings,
} from '@/lib/workspace/format';
import type { WorkspaceProblem } from '@/lib/workspace/problems';
import { readManifest } from '@/lib/workspace/read-manifest';
import { readSettings } from '@/lib/workspace/read-settings';
import { sha256Hex } from '@/lib/workspace/sha256';
import { UnzipFailure, unpackZip, type ZipProgress } from '@/lib/workspace/zip';
import { checkWorkspaceRuleSet } from './check-rule-set';

export interface CheckedWorkspace {
  readonly manifest: WorkspaceManifest;
  readonly datasets: readonly { readonly part: DatasetPart; readonly csv: Uint8Array }[];
  readonly settings: WorkspaceSettings;
}

export type WorkspaceCheck = { ok: true; value: CheckedWorkspace } | { ok: false; problem: WorkspaceProblem };

function refused(problem: WorkspaceProblem): WorkspaceCheck {
  return { ok: false, problem };
}

/**
 * Everything about the file that can be checked before DuckDB is touched: it unpacks, its manifest
 * is ours and not newer, every part is there, nothing else is, each part's SHA-256 matches, and the
 * settings are app keys only, and a rule-set file among them validates as on the awards screen. `stores` are the IndexedDB stores the settings may fill.
 */
export async function checkWorkspace(
  file: Blob,
  stores: readonly string[],
  onProgress?: ZipProgress,
): Promise<WorkspaceCheck> {
  let files: Map<string, Uint8Array>;
  try {
    files = await unpackZip(file, onProgress);
  } catch (error) {
    if (error instanceof UnzipFailure) return refused({ code: error.reason, detail: error.detail });
    throw error;
  }
  const manifest = readManifest(files.get(MANIFEST_NAME));
  if (!manifest.ok) return refused(manifest.problem);
  const listed = new Set([MANIFEST_NAME, ...manifest.value.parts.map((part) => part.name)]);
  for (const name of files.keys())
    if (!listed.has(name) && !name.endsWith('/')) return refused({ code: 'unexpected-part', part: name });
  const datasets: { part: DatasetPart; csv: Uint8Array }[] = [];
  let settings: WorkspaceSettings | null = null;
  for (const part of manifest.value.parts) {
    const bytes = files.get(part.name);
    if (!bytes) return refused({ code: 'missing-part', part: part.name });
    const hash = await sha256Hex(bytes);
    if (hash !== part.sha256)
      return refused({ code: 'hash-mismatch', part: part.name, detail: `sha256 ${hash} ≠ ${part.sha256}` });
    if (part.kind === 'dataset') {
      datasets.push({ part, csv: bytes });
      continue;
    }
    const read = readSettings(part.name, bytes, stores);
    if (!read.ok) return refused(read.problem);
    settings = read.value;
  }
  if (!settings) return refused({ code: 'missing-part', part: 'settings.json' });
  const ruleSet = checkWorkspaceRuleSet(settings);
  if (ruleSet) return refused(ruleSet);
  return { ok: true, value: { manifest: manifest.value, datasets, settings } };
}
