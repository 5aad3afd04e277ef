import {
  DATASET_FOLDER,
  type DatasetPart,
  SETTINGS_NAME,
  type SettingsPart,
  WORKSPACE_FORMAT,
  WORKSPACE_VERSION,
  type WorkspaceManifest,
  type WorkspacePart,
} from './format';
import type { WorkspaceProblem } from './problems';

/** The importer's own rule for a dataset id: the file cannot choose a name the app would not. */
const DATASET_ID = /^[a-z][a-z0-9_]{0,62}$/;
const HEX_64 = /^[0-9a-f]{64}$/;

type Checked<T> = { ok: true; value: T } | { ok: false; problem: WorkspaceProblem };

function bad(field: string, detail?: string): { ok: false; problem: WorkspaceProblem } {
  return {
    ok: false,
    problem: detail === undefined ? { code: 'bad-manifest', field } : { code: 'bad-manifest', field, detail },
  };
}

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function text(entry: Record<string, unknown>, field: string): string | null {
  const value = entry[field];
  return typeof value === 'string' ? value : null;
}

function count(entry: Record<string, unknown>): number | null {
  const value = entry.rows;
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
}

function readPart(raw: unknown, position: number): Checked<WorkspacePart> {
  const at = `parts[${position}]`;
  const entry = record(raw);
  if (!entry) return bad(at);
  const name = text(entry, 'name');
  const sha256 = text(entry, 'sha256');
  const rows = count(entry);
  if (name === null) return bad(`${at}.name`);
  if (sha256 === null || !HEX_64.test(sha256)) return bad(`${at}.sha256`);
  if (rows === null) return bad(`${at}.rows`);
  if (entry.kind === 'settings') {
    if (name !== SETTINGS_NAME) return bad(`${at}.name`, name);
    const keys = Array.isArray(entry.keys)
      ? entry.keys.filter((key): key is string => typeof key === 'string')
      : [];
    const part: SettingsPart = { kind: 'settings', name, rows, sha256, keys };
    return { ok: true, value: part };
  }
  if (entry.kind !== 'dataset') return bad(`${at}.kind`, String(entry.kind));
  const datasetId = text(entry, 'datasetId');
  if (datasetId === null || !DATASET_ID.test(datasetId)) return bad(`${at}.datasetId`, String(datasetId));
  if (name !== `${DATASET_FOLDER}${datasetId}.csv`) return bad(`${at}.name`, name);
  const label = text(entry, 'label');
  const fileName = text(entry, 'fileName');
  const addedAt = text(entry, 'addedAt');
  if (label === null) return bad(`${at}.label`);
  if (fileName === null) return bad(`${at}.fileName`);
  if (addedAt === null) return bad(`${at}.addedAt`);
  const part: DatasetPart = { kind: 'dataset', name, rows, sha256, datasetId, label, fileName, addedAt };
  return { ok: true, value: part };
}

/** Reads and checks manifest.json: its format, its version (a newer one is refused), its parts. */
export function readManifest(bytes: Uint8Array | undefined): Checked<WorkspaceManifest> {
  if (!bytes) return { ok: false, problem: { code: 'no-manifest' } };
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    return bad('manifest.json', error instanceof Error ? error.message : String(error));
  }
  const entry = record(raw);
  if (!entry) return bad('manifest.json');
  if (entry.format !== WORKSPACE_FORMAT)
    return { ok: false, problem: { code: 'wrong-format', value: String(entry.format) } };
  const version = entry.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return bad('formatVersion', String(version));
  if (version > WORKSPACE_VERSION) return { ok: false, problem: { code: 'newer-version', value: version } };
  const appVersion = text(entry, 'appVersion');
  const createdAt = text(entry, 'createdAt');
  if (appVersion === null) return bad('appVersion');
  if (createdAt === null) return bad('createdAt');
  if (!Array.isArray(entry.parts)) return bad('parts');
  const parts: WorkspacePart[] = [];
  const names = new Set<string>();
  for (const [position, rawPart] of entry.parts.entries()) {
    const part = readPart(rawPart, position);
    if (!part.ok) return part;
    if (names.has(part.value.name)) return bad(`parts[${position}].name`, part.value.name);
    names.add(part.value.name);
    parts.push(part.value);
  }
  if (!parts.some((part) => part.kind === 'settings'))
    return { ok: false, problem: { code: 'missing-part', part: SETTINGS_NAME } };
  return {
    ok: true,
    value: { format: WORKSPACE_FORMAT, formatVersion: version, appVersion, createdAt, parts },
  };
}
