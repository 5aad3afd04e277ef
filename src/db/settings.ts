/** The only folder of DuckDB's virtual file system that queries may read. */
export const MEMORY_FOLDER = 'mem/';

/**
 * Run once after start: no extension may be installed or loaded (the app runs offline and under a
 * strict CSP), only registered buffers are readable, and the settings cannot be changed afterwards.
 */
export const LOCKDOWN_STATEMENTS: readonly string[] = [
  'SET autoinstall_known_extensions = false',
  'SET autoload_known_extensions = false',
  `SET allowed_directories = ['${MEMORY_FOLDER}']`,
  'SET enable_external_access = false',
  'SET lock_configuration = true',
];

const FILE_NAME = /^[a-z0-9][a-z0-9_-]{0,80}\.csv$/;

/** Registered file paths are made by the app, never taken from a user; this guards that promise. */
export function memoryPath(name: string): string {
  if (!FILE_NAME.test(name)) throw new Error(`Invalid registered file name: ${name}`);
  return MEMORY_FOLDER + name;
}
