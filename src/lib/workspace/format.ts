/**
 * The workspace file: a zip holding `manifest.json`, one long-layout CSV per imported dataset under
 * `datasets/`, and `settings.json` (every remembered choice). CSV so that opening it runs the very
 * checks of a CSV import and a person can read each part in a spreadsheet; zip because every system
 * opens it and the text compresses well.
 */
export const WORKSPACE_FORMAT = 'reform-index-workspace';
export const WORKSPACE_VERSION = 1;
export const MANIFEST_NAME = 'manifest.json';
export const SETTINGS_NAME = 'settings.json';
export const DATASET_FOLDER = 'datasets/';

export interface DatasetPart {
  readonly kind: 'dataset';
  readonly name: string;
  readonly rows: number;
  readonly sha256: string;
  readonly datasetId: string;
  readonly label: string;
  readonly fileName: string;
  readonly addedAt: string;
}

export interface SettingsPart {
  readonly kind: 'settings';
  readonly name: string;
  /** How many stored values the part holds. */
  readonly rows: number;
  readonly sha256: string;
  /** The stored keys, so that a reader sees what the file carries without opening it. */
  readonly keys: readonly string[];
}

export type WorkspacePart = DatasetPart | SettingsPart;

export interface WorkspaceManifest {
  readonly format: typeof WORKSPACE_FORMAT;
  readonly formatVersion: number;
  readonly appVersion: string;
  readonly createdAt: string;
  readonly parts: readonly WorkspacePart[];
}

/** Everything the user added, as it is kept: localStorage values and the other IndexedDB stores. */
export interface WorkspaceSettings {
  readonly localStorage: Readonly<Record<string, string>>;
  readonly indexedDb: Readonly<Record<string, readonly unknown[]>>;
}

/** A dataset as it travels: its identity and its long-layout CSV. */
export interface WorkspaceDataset {
  readonly datasetId: string;
  readonly label: string;
  readonly fileName: string;
  readonly addedAt: string;
  readonly rows: number;
  readonly csv: Uint8Array;
}
