/** How long the engine may take to start before the app says so (a chunk, a worker or wasm missing). */
export const ENGINE_START_TIMEOUT_MS = 30_000;

/** DuckDB could not start: `message` is 'timeout' when it took longer than the time above. */
export class EngineStartError extends Error {
  override name = 'EngineStartError';
}
