/** The only folder of DuckDB's virtual file system that queries may read. */
export const MEMORY_FOLDER = 'mem/';

/**
 * DuckDB's own memory: 3 GiB of the 4 GiB a 32-bit WebAssembly heap can ever address, set rather than
 * left to the engine's guess of the machine's memory. The gigabyte left over is for what DuckDB's
 * buffer manager does not count (registered file buffers, Arrow results on their way out, the
 * allocator's slack), so a statement that does not fit fails alone with an error the app reports
 * instead of aborting the worker. Not lower: measured on the Node engine, bringing the derived facts
 * up to date after a 1,000,000-row import needs more than 2 GiB (it failed at 1.9 of 2 GiB). There is
 * no disk to spill to: the browser gives DuckDB no temp directory.
 */
export const MEMORY_LIMIT = '3GiB';

/**
 * Resource settings, set before the lock. `preserve_insertion_order = false` lets DuckDB stream
 * inserts and CREATE TABLE AS without holding rows back to keep their order: no result of the app
 * depends on that order (every list a screen shows has an ORDER BY; line numbers of an import come
 * from `source_line`, never from the order of rows in a table).
 */
export const RESOURCE_STATEMENTS: readonly string[] = [
  `SET memory_limit = '${MEMORY_LIMIT}'`,
  'SET preserve_insertion_order = false',
];

/**
 * Run once after start: the resource settings; then no extension may be installed or loaded (the app
 * runs offline and under a strict CSP), only registered buffers are readable, and the settings cannot
 * be changed afterwards.
 */
export const LOCKDOWN_STATEMENTS: readonly string[] = [
  ...RESOURCE_STATEMENTS,
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
